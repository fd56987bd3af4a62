namespace Discogsography.Catalog.Dumps.Xml;

/// <summary>
/// One element of a parsed record: name, attributes, direct text and children. Nodes are pooled by
/// <see cref="RecordParser"/> and valid only until it parses the next record.
/// </summary>
internal sealed class XmlElementNode
{
    private readonly List<KeyValuePair<string, string>> _attributes = [];
    private readonly List<XmlElementNode> _children = [];
    private string? _text;

    public string Name { get; private set; } = "";

    public IReadOnlyList<KeyValuePair<string, string>> Attributes => _attributes;

    public IReadOnlyList<XmlElementNode> Children => _children;

    /// <summary>The element's direct text, untrimmed; null when it is absent or only whitespace.</summary>
    public string? Text => string.IsNullOrWhiteSpace(_text) ? null : _text;

    /// <summary>The value of attribute <paramref name="name"/>, or null.</summary>
    public string? Attribute(string name)
    {
        foreach (KeyValuePair<string, string> attribute in _attributes)
        {
            if (ReferenceEquals(attribute.Key, name) || attribute.Key == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The first child named <paramref name="name"/>, or null.</summary>
    public XmlElementNode? Child(string name)
    {
        foreach (XmlElementNode child in _children)
        {
            if (ReferenceEquals(child.Name, name) || child.Name == name)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The text of the first child named <paramref name="name"/>, or null.</summary>
    public string? ChildText(string name) => Child(name)?.Text;

    internal void Reset(string name)
    {
        Name = name;
        _attributes.Clear();
        _children.Clear();
        _text = null;
    }

    internal void AddAttribute(string name, string value) => _attributes.Add(new(name, value));

    internal void AddChild(XmlElementNode child) => _children.Add(child);

    internal void AppendText(string text) => _text = _text is null ? text : string.Concat(_text, text);
}
