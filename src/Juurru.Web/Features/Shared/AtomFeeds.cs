using System.ServiceModel.Syndication;
using System.Xml;

namespace Juurru.Features.Shared;

/// <summary>What every Atom feed of Juurru has (RFC 4287): the author Juurru, its own address as a self link, UTF-8 without a BOM.</summary>
public static class AtomFeeds
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(SyndicationFeed feed, string title, string self)
    {
        feed.Generator = "Juurru";
        feed.Authors.Add(new SyndicationPerson { Name = "Juurru" }); // a feed names an author when an entry may not
        feed.Links.Add(new SyndicationLink(new Uri(self), "self", title, "application/atom+xml", 0));
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return buffer.ToArray();
    }
}
