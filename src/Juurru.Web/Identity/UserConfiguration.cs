using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Juurru.Identity;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        // Accounts made before languages were kept get Finnish, the site's first language.
        b.Property(u => u.Language).HasMaxLength(2).HasDefaultValue(Localization.Cultures.Default);
    }
}
