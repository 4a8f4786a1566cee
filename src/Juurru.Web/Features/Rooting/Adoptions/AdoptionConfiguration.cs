using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Rooting.Adoptions;

internal sealed class AdoptionConfiguration : IEntityTypeConfiguration<Adoption>
{
    public void Configure(EntityTypeBuilder<Adoption> b)
    {
        b.Property(a => a.Scope).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.ConfirmedBy).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.ScopeDetail).HasMaxLength(Adoption.DetailMax);
        b.Property(a => a.StopReason).HasMaxLength(Adoption.ReasonMax);
        b.Property(a => a.Adaptation).HasMaxLength(Adoption.ReasonMax);
        b.Property(a => a.ContactName).HasMaxLength(Adoption.NameMax);
        b.Property(a => a.ContactEmail).HasMaxLength(Adoption.EmailMax);
        b.Property(a => a.ContactLanguage).HasMaxLength(5);
        b.Property(a => a.Token).HasMaxLength(32);
        b.HasIndex(a => a.Token).IsUnique();
        // An organisation adopts a practice once; what changes later is the status.
        b.HasIndex(a => new { a.PracticeId, a.OrganisationId }).IsUnique();
        b.HasIndex(a => new { a.Status, a.ConfirmedAt });
        b.HasOne(a => a.Practice).WithMany().HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.AdoptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdoptionEventConfiguration : IEntityTypeConfiguration<AdoptionEvent>
{
    public void Configure(EntityTypeBuilder<AdoptionEvent> b)
    {
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(Adoption.ReasonMax);
        b.HasIndex(e => new { e.AdoptionId, e.At });
    }
}
