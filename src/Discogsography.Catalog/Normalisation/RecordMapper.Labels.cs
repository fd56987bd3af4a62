using Discogsography.Catalog.Dumps.Xml;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.Normalisation;

internal sealed partial class RecordMapper
{
    /// <summary><c>&lt;label&gt;&lt;id/&gt;&lt;name/&gt;&lt;contactinfo/&gt;&lt;profile/&gt;&lt;data_quality/&gt;&lt;parentLabel id/&gt;&lt;urls/&gt;&lt;sublabels/&gt;&lt;images/&gt;</c></summary>
    public LabelRecord MapLabel(XmlElementNode label)
    {
        string? id = null, name = null, contactInfo = null, profile = null, dataQuality = null;
        XmlElementNode? parent = null, urls = null, sublabels = null, images = null;
        foreach (XmlElementNode child in label.Children)
        {
            switch (child.Name)
            {
                case "id": id = child.Text; break;
                case "name": name = child.Text; break;
                case "contactinfo": contactInfo = child.Text; break;
                case "profile": profile = child.Text; break;
                case "data_quality": dataQuality = child.Text; break;
                case "parentLabel": parent = child; break;
                case "urls": urls = child; break;
                case "sublabels": sublabels = child; break;
                case "images": images = child; break;
                default: break;
            }
        }

        EntityReference? parentLabel = null;
        if (parent is not null && (ParseId(parent.Attribute("id")) is not null || parent.Text is not null))
        {
            parentLabel = new EntityReference(ParseId(parent.Attribute("id")), parent.Text);
        }

        return new LabelRecord
        {
            Id = RecordId(label, id ?? label.Attribute("id")),
            Name = name,
            ContactInfo = contactInfo,
            Profile = profile,
            DataQuality = dataQuality,
            ParentLabel = parentLabel,
            Sublabels = References(sublabels, "label"),
            Urls = Texts(urls),
            Images = Images(images),
        };
    }
}
