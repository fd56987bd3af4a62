using BenchmarkDotNet.Running;

// `ingest ...` runs the relational ingestion benchmark (scripts/ingest-benchmark.sh) rather than BenchmarkDotNet.
if (args.Length > 0 && args[0] == "ingest")
{
    return await Discogsography.Benchmarks.Ingestion.IngestBenchmark.RunAsync(args[1..]);
}

// Runs the benchmarks named on the command line (BenchmarkDotNet's switcher): e.g. `--filter *Parse*`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
