using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line (BenchmarkDotNet's switcher): e.g. `--filter *Parse*`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
