using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>Input objects: maps become records or classes, by constructor parameter first, then settable property.</summary>
internal sealed partial class InputConversion
{
    private Expression? ConvertObject(ParameterExpression value, InputObjectType type, Type target, InputSite site)
    {
        if (target == typeof(IReadOnlyDictionary<string, object?>))
        {
            return Expression.Call(Reader(nameof(InputValueReader.ToMap)), value);
        }

        if (ClrTypes.IsLeaf(target) || target.IsAbstract || target.IsInterface || ClrTypes.GetListItem(target) is not null)
        {
            return Report(site, $"{ClrTypes.Display(target)} cannot represent the GraphQL input object {type.Name}.",
                $"declare it as a record {type.Name}({string.Join(", ", type.Fields.Values.Select(f => $"{ClrTypeSuggestion.For(f.Type)} {NameConventions.ToMemberName(f.Name)}"))}).");
        }

        if (!_objectConverters.TryGetValue((type.Name, target), out Expression? converter))
        {
            converter = BuildObjectConverter(type, target);
        }

        return converter is null ? null : Expression.Invoke(converter, value);
    }

    /// <summary>Compiles the converter into a box first registered in the cache, so that recursive input types bind.</summary>
    private Expression? BuildObjectConverter(InputObjectType type, Type target)
    {
        Type delegateType = typeof(Func<,>).MakeGenericType(typeof(object), target);
        object box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(delegateType))!;
        Expression boxed = Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
        _objectConverters[(type.Name, target)] = boxed;

        ParameterExpression input = Expression.Parameter(typeof(object), "value");
        ParameterExpression map = Expression.Variable(typeof(IReadOnlyDictionary<string, object?>), "map");
        ParameterExpression instance = Expression.Variable(target, "instance");
        ParameterExpression entry = Expression.Variable(typeof(object), "entry");
        int before = _problems.Count;

        ConstructorInfo? constructor = target.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var arguments = new List<Expression>();
        foreach (ParameterInfo parameter in constructor?.GetParameters() ?? [])
        {
            arguments.Add(ConstructorArgument(type, target, parameter, map, used));
        }

        var body = new List<Expression>
        {
            Expression.Assign(map, Expression.Call(Reader(nameof(InputValueReader.ToMap)), input)),
            Expression.Assign(instance, constructor is null ? Expression.New(target) : Expression.New(constructor, arguments)),
        };
        foreach (InputField field in type.Fields.Values.Where(f => !used.Contains(f.Name)))
        {
            if (PropertyAssignment(type, target, field, map, instance, entry) is { } assignment)
            {
                body.Add(assignment);
            }
        }

        body.Add(instance);
        if (_problems.Count > before)
        {
            _objectConverters[(type.Name, target)] = null;
            return null;
        }

        Delegate compiled = Expression.Lambda(delegateType, Expression.Block(target, [map, instance, entry], body), input).Compile();
        box.GetType().GetField(nameof(StrongBox<object>.Value))!.SetValue(box, compiled);
        return boxed;
    }

    private Expression ConstructorArgument(InputObjectType type, Type target, ParameterInfo parameter, ParameterExpression map, HashSet<string> used)
    {
        string name = NameConventions.ArgumentName(parameter);
        InputField? field = type.Fields.Values.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (field is null)
        {
            if (!parameter.HasDefaultValue)
            {
                Report(new InputSite($"{type.Name}", $"constructor parameter {ClrTypes.Display(parameter.ParameterType)} {parameter.Name} of {target.Name}",
                    type, parameter.ParameterType, false), "no input field has its name.", $"add a field {name} to input {type.Name}, or give the parameter a default value.");
            }

            return ClrTypes.DefaultValue(parameter);
        }

        used.Add(field.Name);
        var site = new InputSite($"{type.Name}.{field.Name}", $"constructor parameter {ClrTypes.Display(parameter.ParameterType)} {parameter.Name} of {target.Name}",
            field.Type, parameter.ParameterType, parameter.HasDefaultValue);
        Delegate? convert = BuildDelegate(field.Type, parameter.ParameterType, site);
        return convert is null
            ? Expression.Default(parameter.ParameterType)
            : ReadEntry(map, field.Name, parameter.ParameterType, convert, ClrTypes.DefaultValue(parameter),
                parameter.HasDefaultValue && ClrTypes.IsNonNullableValueType(parameter.ParameterType));
    }

    private Expression? PropertyAssignment(
        InputObjectType type, Type target, InputField field, ParameterExpression map, ParameterExpression instance, ParameterExpression entry)
    {
        PropertyInfo? property = target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.SetMethod is { IsPublic: true } && string.Equals(
                p.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? p.Name, field.Name, StringComparison.OrdinalIgnoreCase));
        if (property is null)
        {
            _problems.Add(new BindingProblem(
                $"{type.Name}.{field.Name}",
                $"the input field has neither a constructor parameter nor a settable property on {target.Name}.",
                $"add a property {ClrTypeSuggestion.For(field.Type)} {NameConventions.ToMemberName(field.Name)} {{ get; init; }} to {target.Name}."));
            return null;
        }

        var site = new InputSite($"{type.Name}.{field.Name}", $"property {ClrTypes.Display(property.PropertyType)} {target.Name}.{property.Name}",
            field.Type, property.PropertyType, false);
        Delegate? convert = BuildDelegate(field.Type, property.PropertyType, site);
        if (convert is null)
        {
            return null;
        }

        MethodInfo tryGetValue = typeof(IReadOnlyDictionary<string, object?>).GetMethod(nameof(IReadOnlyDictionary<string, object?>.TryGetValue))!;
        return Expression.IfThen(
            Expression.Call(map, tryGetValue, Expression.Constant(field.Name), entry),
            Expression.Assign(Expression.Property(instance, property), Expression.Invoke(Expression.Constant(convert), entry)));
    }

    /// <summary><c>InputValueReader.Read&lt;T&gt;(map, name, convert, fallback, nullIsAbsent)</c>.</summary>
    private static Expression ReadEntry(Expression map, string name, Type type, Delegate convert, Expression fallback, bool nullIsAbsent) =>
        Expression.Call(
            Reader(nameof(InputValueReader.Read)).MakeGenericMethod(type),
            map,
            Expression.Constant(name),
            Expression.Constant(convert),
            fallback,
            Expression.Constant(nullIsAbsent));
}
