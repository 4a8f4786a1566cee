using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Vocabulary;

/// <summary>
/// A keyword proposed for a practice from its own text (<see cref="KeywordProposer"/>), waiting for a coordinator to
/// accept or reject it. Nothing reaches the practice until someone has looked.
/// </summary>
public sealed class KeywordProposal
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    /// <summary>The base form, as a keyword is written: "työpaikkaohjaaja", "maahanmuuttaja".</summary>
    public string Word { get; set; } = "";
    /// <summary>How telling the word is for this practice (higher first).</summary>
    public double Score { get; set; }
}

internal sealed class KeywordProposalConfiguration : IEntityTypeConfiguration<KeywordProposal>
{
    public void Configure(EntityTypeBuilder<KeywordProposal> b)
    {
        b.Property(k => k.Word).HasMaxLength(100);
        b.HasIndex(k => new { k.PracticeId, k.Word }).IsUnique();
        b.HasOne<Practices.Practice>().WithMany().HasForeignKey(k => k.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
