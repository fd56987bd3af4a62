namespace Discogsography.GraphQL.Types.Validation;

/// <summary>
/// Finds input objects that reference themselves through non-null fields only (no finite value could exist).
/// A depth-first walk that remembers visited types, so each cycle is reported once.
/// </summary>
internal sealed partial class SchemaValidator
{
    private sealed class InputObjectCycles(SchemaValidator validator)
    {
        private readonly HashSet<InputObjectType> _visited = [];
        private readonly List<InputField> _path = [];
        private readonly Dictionary<InputObjectType, int> _pathIndex = [];

        public void Detect(InputObjectType inputObject)
        {
            if (!_visited.Add(inputObject))
            {
                return;
            }

            _pathIndex[inputObject] = _path.Count;
            foreach (InputField field in inputObject.Fields.Values)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _path.Add(field);
                    if (!_pathIndex.TryGetValue(fieldType, out int cycleStart))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        List<InputField> cycle = _path[cycleStart..];
                        validator.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cycle.Select(f => f.Name))}\".",
                            cycle.SelectMany(f => f.SourceLocations.Take(1)));
                    }

                    _path.RemoveAt(_path.Count - 1);
                }
            }

            _pathIndex.Remove(inputObject);
        }
    }
}
