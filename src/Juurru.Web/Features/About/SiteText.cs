using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.About;

/// <summary>The parts of the privacy notice and the accessibility statement that only the organisation running Juurru can write.</summary>
public enum SiteTextKey
{
    /// <summary>Who the controller is and how to reach them (and the data protection officer).</summary>
    PrivacyController,
    /// <summary>How to give feedback on accessibility or ask for content in an accessible form: e-mail, form, phone.</summary>
    AccessibilityFeedback,
    /// <summary>Known gaps found in this organisation's own assessment, besides those of Juurru itself.</summary>
    AccessibilityGaps,
    /// <summary>When and how accessibility was assessed, and when the statement was last updated.</summary>
    AccessibilityAssessment,
}

/// <summary>An administrator's text (Markdown) for one <see cref="SiteTextKey"/> in one language.</summary>
public sealed class SiteText
{
    public const int MaxLength = 8000;

    public SiteTextKey Key { get; set; }
    public string Language { get; set; } = "";
    public string Markdown { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}

internal sealed class SiteTextConfiguration : IEntityTypeConfiguration<SiteText>
{
    public void Configure(EntityTypeBuilder<SiteText> b)
    {
        b.HasKey(t => new { t.Key, t.Language });
        b.Property(t => t.Key).HasConversion<string>().HasMaxLength(40);
        b.Property(t => t.Language).HasMaxLength(2);
        b.Property(t => t.Markdown).HasMaxLength(SiteText.MaxLength);
    }
}
