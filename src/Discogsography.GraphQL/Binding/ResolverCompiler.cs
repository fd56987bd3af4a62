using System.Linq.Expressions;
using System.Reflection;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// Compiles one field's resolver from the CLR member bound to it: the instance (static, resolver class, or parent), every
/// parameter (arguments coerced to the parameter's type, or an injected value), the call, and the result (sync value,
/// <see cref="Task{TResult}"/>, <see cref="ValueTask{TResult}"/>, or a subscription's <see cref="IAsyncEnumerable{T}"/>)
/// converted for the executor. Everything is built as one expression tree and compiled once; nothing is reflected
/// on when the resolver runs.
/// </summary>
internal sealed partial class ResolverCompiler
{
    private readonly InputConversion _inputs;
    private readonly OutputConversion _outputs;
    private readonly IReadOnlyDictionary<string, Type> _runtimeTypes;
    private readonly Func<Type, bool>? _isService;
    private readonly List<BindingProblem> _problems;

    public ResolverCompiler(IReadOnlyDictionary<string, Type> runtimeTypes, Func<Type, bool>? isService, List<BindingProblem> problems)
    {
        _inputs = new InputConversion(problems);
        _outputs = new OutputConversion(problems, runtimeTypes);
        _runtimeTypes = runtimeTypes;
        _isService = isService;
        _problems = problems;
    }

    /// <summary>The compiled binding of <paramref name="field"/> to <paramref name="member"/>, or null after reporting every problem.</summary>
    public BoundField? Compile(ObjectType type, OutputField field, MemberInfo member, InstanceSource source, bool isSubscription)
    {
        int before = _problems.Count;
        var scope = new FieldScope(type, field, member, Expression.Parameter(typeof(IResolverContext), "context"));
        Type returnType = member is MethodInfo method ? method.ReturnType : ((PropertyInfo)member).PropertyType;
        (Type result, ResultWrapper wrapper) = ClrTypes.UnwrapAsync(returnType);
        if (result == typeof(void))
        {
            Report(scope, $"{MemberDiscovery.Display(member)} returns no value.", $"return the field's value ({ClrTypeSuggestion.For(field.Type)}).");
            return null;
        }

        if (source.Kind == InstanceKind.Parent && wrapper == ResultWrapper.None && !isSubscription
            && (member is PropertyInfo || (member is MethodInfo read && read.GetParameters().Length == 0)))
        {
            BoundField? pure = CompileParentRead(scope, source.Type, result);
            CheckUnusedArguments(scope, []);
            return _problems.Count > before ? null : pure;
        }

        Expression call = Call(scope, source);
        BoundField? bound = isSubscription
            ? CompileSubscription(scope, call, result, wrapper)
            : CompileResolver(scope, call, result, wrapper);
        return _problems.Count > before ? null : bound;
    }

    private Expression Call(FieldScope scope, InstanceSource source)
    {
        Type factoryType = typeof(Func<,>).MakeGenericType(typeof(IServiceProvider), source.Type);
        Expression? instance = source switch
        {
            { Kind: InstanceKind.Static } => null,
            { Kind: InstanceKind.Parent } => Expression.Convert(scope.Property(nameof(IResolverContext.Parent)), source.Type),
            { MaybeService: false, Shared: { } shared } => Expression.Constant(shared, source.Type),
            { MaybeService: false, Create: { } create } => Expression.Invoke(
                Expression.Constant(create, factoryType), scope.Property(nameof(IResolverContext.RequestServices))),
            _ => Expression.Call(
                typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.Resolvers))!.MakeGenericMethod(source.Type),
                scope.Property(nameof(IResolverContext.RequestServices)),
                Expression.Constant(source.Shared, source.Type),
                Expression.Constant(source.Create, factoryType)),
        };
        if (scope.Member is PropertyInfo property)
        {
            CheckUnusedArguments(scope, []);
            return Expression.Property(instance, property);
        }

        var method = (MethodInfo)scope.Member;
        var usedArguments = new HashSet<string>(StringComparer.Ordinal);
        int before = _problems.Count;
        Expression[] arguments = [.. method.GetParameters().Select(p => BindParameter(scope, p, usedArguments))];
        CheckUnusedArguments(scope, usedArguments);
        return _problems.Count > before ? Expression.Default(method.ReturnType) : Expression.Call(instance, method, arguments);
    }

    private BoundField? CompileParentRead(FieldScope scope, Type parentType, Type result)
    {
        ParameterExpression parent = Expression.Parameter(typeof(object), "parent");
        ParameterExpression value = Expression.Variable(result, "value");
        Expression typed = Expression.Convert(parent, parentType);
        Expression read = scope.Member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Call(typed, (MethodInfo)scope.Member);
        Expression? converted = _outputs.Convert(value, scope.OutputSite(result));
        if (converted is null)
        {
            return null;
        }

        Expression<PureFieldResolver> lambda = Expression.Lambda<PureFieldResolver>(
            Expression.Condition(
                Expression.Equal(parent, Expression.Constant(null)),
                Expression.Constant(null),
                Expression.Block(typeof(object), [value], Expression.Assign(value, read), converted)),
            parent);
        return new BoundField
        {
            TypeName = scope.Type.Name,
            FieldName = scope.Field.Name,
            Member = scope.Member,
            PureResolver = lambda.Compile(),
            ResolverExpression = lambda,
        };
    }

    private BoundField? CompileResolver(FieldScope scope, Expression call, Type result, ResultWrapper wrapper)
    {
        OutputSite site = scope.OutputSite(result);
        Expression body;
        if (wrapper == ResultWrapper.None)
        {
            ParameterExpression value = Expression.Variable(result, "value");
            Expression? converted = _outputs.Convert(value, site);
            if (converted is null)
            {
                return null;
            }

            body = Expression.Block(
                [value],
                Expression.Assign(value, call),
                Expression.New(typeof(ValueTask<object?>).GetConstructor([typeof(object)])!, converted));
        }
        else
        {
            Delegate? convert = _outputs.BuildDelegate(site);
            if (convert is null)
            {
                return null;
            }

            string adapter = wrapper == ResultWrapper.Task ? nameof(OutputValueWriter.FromTask) : nameof(OutputValueWriter.FromValueTask);
            body = Expression.Call(Writer(adapter).MakeGenericMethod(result), call, Expression.Constant(convert));
        }

        Expression<FieldResolver> lambda = Expression.Lambda<FieldResolver>(body, scope.Context);
        return new BoundField
        {
            TypeName = scope.Type.Name,
            FieldName = scope.Field.Name,
            Member = scope.Member,
            Resolver = lambda.Compile(),
            ResolverExpression = lambda,
        };
    }

    private BoundField? CompileSubscription(FieldScope scope, Expression call, Type result, ResultWrapper wrapper)
    {
        Type? item = ClrTypes.GetStreamItem(result);
        if (item is null || (wrapper != ResultWrapper.None && result != typeof(IAsyncEnumerable<>).MakeGenericType(item)))
        {
            Report(scope, $"{MemberDiscovery.Display(scope.Member)} returns {ClrTypes.Display(result)}, not a source stream.",
                $"return IAsyncEnumerable<{ClrTypeSuggestion.For(scope.Field.Type).TrimEnd('?')}> (optionally inside a Task or ValueTask).");
            return null;
        }

        string adapter = wrapper switch
        {
            ResultWrapper.Task => nameof(OutputValueWriter.FromStreamTask),
            ResultWrapper.ValueTask => nameof(OutputValueWriter.FromStreamValueTask),
            _ => nameof(OutputValueWriter.FromStream),
        };
        Expression stream = wrapper == ResultWrapper.None ? Expression.Convert(call, typeof(IAsyncEnumerable<>).MakeGenericType(item)) : call;
        Expression<SubscribeResolver> subscribe = Expression.Lambda<SubscribeResolver>(
            Expression.Call(Writer(adapter).MakeGenericMethod(item), stream), scope.Context);

        ParameterExpression parent = Expression.Parameter(typeof(object), "parent");
        ParameterExpression value = Expression.Variable(item, "value");
        Expression? converted = _outputs.Convert(value, scope.OutputSite(item));
        if (converted is null)
        {
            return null;
        }

        Expression<PureFieldResolver> resolve = Expression.Lambda<PureFieldResolver>(
            Expression.Condition(
                Expression.Equal(parent, Expression.Constant(null)),
                Expression.Constant(null),
                Expression.Block(typeof(object), [value], Expression.Assign(value, Expression.Convert(parent, item)), converted)),
            parent);
        return new BoundField
        {
            TypeName = scope.Type.Name,
            FieldName = scope.Field.Name,
            Member = scope.Member,
            PureResolver = resolve.Compile(),
            ResolverExpression = resolve,
            Subscribe = subscribe.Compile(),
            SubscribeExpression = subscribe,
        };
    }

    private void CheckUnusedArguments(FieldScope scope, HashSet<string> used)
    {
        foreach (Argument argument in scope.Field.Arguments.Values.Where(a => !used.Contains(a.Name)))
        {
            string where = scope.Member is MethodInfo ? "method" : "property";
            _problems.Add(new BindingProblem(
                $"{scope.Type.Name}.{scope.Field.Name}({argument.Name}:)",
                $"the argument {argument.Name}: {argument.Type} has no parameter on the {where} {MemberDiscovery.Display(scope.Member)}.",
                $"add a parameter {ClrTypeSuggestion.For(argument.Type)} {argument.Name} to {MemberDiscovery.Display(scope.Member)}"
                + (scope.Member is MethodInfo ? "." : " (make it a method).")));
        }
    }

    private void Report(FieldScope scope, string problem, string fix) =>
        _problems.Add(new BindingProblem($"{scope.Type.Name}.{scope.Field.Name}", problem, fix));

    private static MethodInfo Writer(string name) => typeof(OutputValueWriter).GetMethod(name)!;
}
