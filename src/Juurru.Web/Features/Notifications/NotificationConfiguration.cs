using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(n => n.Mail).HasConversion<string>().HasMaxLength(12);
        b.Property(n => n.Language).HasMaxLength(2);
        b.Property(n => n.Subject).HasMaxLength(400);
        b.Property(n => n.Path).HasMaxLength(200);
        b.HasIndex(n => new { n.UserId, n.CreatedAt });
        b.HasIndex(n => new { n.Mail, n.MailDueAt });
        b.HasIndex(n => n.CreatedAt);
        // A deleted account takes its notifications with it.
        b.HasOne<Identity.User>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationOptOutConfiguration : IEntityTypeConfiguration<NotificationOptOut>
{
    public void Configure(EntityTypeBuilder<NotificationOptOut> b)
    {
        b.HasKey(o => new { o.UserId, o.Kind });
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        b.HasOne<Identity.User>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
