using Cartography.Data.Accounts;
using Cartography.Data.Audit;
using Cartography.Data.Editorial;
using Cartography.Data.Registration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cartography.Data.Storage;

/// <summary>
/// The database. One subclass per provider, each with its own migrations (EF Core's way of supporting two engines);
/// the model itself is written once, here, with nothing provider-specific. The back office accounts are ASP.NET Core
/// Identity's stores, in the same database.
/// </summary>
public abstract class CartographyDbContext(DbContextOptions options) : IdentityDbContext<CartographyUser>(options)
{
    public DbSet<ContentItemRow> ContentItems => Set<ContentItemRow>();
    public DbSet<ContentVersionRow> ContentVersions => Set<ContentVersionRow>();
    public DbSet<ContentChangeRow> ContentChanges => Set<ContentChangeRow>();
    public DbSet<ContentSlugRow> ContentSlugs => Set<ContentSlugRow>();
    public DbSet<TermRow> Terms => Set<TermRow>();
    public DbSet<MarkerRow> Markers => Set<MarkerRow>();
    public DbSet<AuditEntryRow> AuditEntries => Set<AuditEntryRow>();
    public DbSet<SubmissionRow> Submissions => Set<SubmissionRow>();
    public DbSet<ContactMessageRow> ContactMessages => Set<ContactMessageRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC; SQLite hands DateTime back with an unspecified kind, PostgreSQL insists on UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.Entity<ContentItemRow>(item =>
        {
            item.ToTable("content_items");
            item.HasKey(i => i.Id);
            item.Property(i => i.Type).HasMaxLength(32);
            item.Property(i => i.Key).HasMaxLength(128);
            item.HasIndex(i => new { i.Type, i.Key }).IsUnique();
            item.Property(i => i.Revision).IsConcurrencyToken();
            item.Property(i => i.LastSavedBy).HasMaxLength(256);
            // Every list filters on type and not deleted, then sorts; the dashboard counts over the same prefix.
            item.HasIndex(i => new { i.Type, i.DeletedUtc, i.LastSavedUtc });
            item.HasIndex(i => new { i.Type, i.DeletedUtc, i.SortName });
            item.HasIndex(i => new { i.Type, i.DeletedUtc, i.EditState, i.LastSavedUtc });
            item.HasIndex(i => new { i.Type, i.DeletedUtc, i.LastVerified });
            item.HasIndex(i => new { i.Type, i.DeletedUtc, i.TranslatedFr, i.TranslatedNl, i.TranslatedEn });
            item.HasIndex(i => i.LastSavedUtc);
            item.HasIndex(i => i.PublishAtUtc);
            item.HasIndex(i => i.UnpublishAtUtc);
            item.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ContentVersionRow>(version =>
        {
            version.ToTable("content_versions");
            version.HasKey(v => v.Id);
            version.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
            version.Property(v => v.Author).HasMaxLength(256);
        });
        model.Entity<ContentChangeRow>(change =>
        {
            change.ToTable("content_changes");
            change.HasKey(c => c.Sequence);
            change.Property(c => c.Type).HasMaxLength(32);
        });
        model.Entity<ContentSlugRow>(slug =>
        {
            slug.ToTable("content_slugs");
            slug.HasKey(s => new { s.Type, s.Culture, s.Slug });
            slug.Property(s => s.Type).HasMaxLength(32);
            slug.Property(s => s.Culture).HasMaxLength(2);
            slug.Property(s => s.Slug).HasMaxLength(100);
            slug.HasIndex(s => s.ItemId);
        });
        model.Entity<TermRow>(term =>
        {
            term.ToTable("taxonomy_terms");
            term.HasKey(t => new { t.Vocabulary, t.Key });
            term.Property(t => t.Vocabulary).HasMaxLength(64);
            term.Property(t => t.Key).HasMaxLength(64);
            term.Property(t => t.DescriptionFr).HasMaxLength(2000);
            term.Property(t => t.DescriptionNl).HasMaxLength(2000);
            term.Property(t => t.DescriptionEn).HasMaxLength(2000);
        });
        model.Entity<ContactMessageRow>(message =>
        {
            message.ToTable("contact_messages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Culture).HasMaxLength(2);
            message.Property(m => m.Name).HasMaxLength(200);
            message.Property(m => m.Email).HasMaxLength(254);
            message.Property(m => m.Subject).HasMaxLength(32);
            message.Property(m => m.Message).HasMaxLength(5000);
            message.Property(m => m.PrivacyNoticeVersion).HasMaxLength(64);
            message.Property(m => m.ReadBy).HasMaxLength(256);
            message.Property(m => m.AnsweredBy).HasMaxLength(256);
            // The back office list, newest first, and the erasure of old ones.
            message.HasIndex(m => m.ReceivedUtc);
        });
        model.Entity<AuditEntryRow>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.Subject).HasMaxLength(256);
            entry.Property(e => e.Detail).HasMaxLength(1000);
            entry.HasIndex(e => e.AtUtc);
        });
        model.Entity<MarkerRow>(marker =>
        {
            marker.ToTable("markers");
            marker.HasKey(m => m.Name);
            marker.Property(m => m.Name).HasMaxLength(64);
        });
        ConfigureAccounts(model);
        ConfigureSubmissions(model);
    }

    /// <summary>Registrations: the public side, its versions, and apart from them the submitter's private details and edit tokens.</summary>
    private static void ConfigureSubmissions(ModelBuilder model)
    {
        model.Entity<SubmissionRow>(submission =>
        {
            submission.ToTable("submissions");
            submission.HasKey(s => s.Id);
            submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            submission.Property(s => s.ReviewedBy).HasMaxLength(256);
            submission.Property(s => s.ReviewReason).HasMaxLength(1000);
            submission.Property(s => s.Culture).HasMaxLength(2);
            // The moderation queue: pending ones, oldest first.
            submission.HasIndex(s => new { s.Status, s.ReceivedUtc });
            submission.HasMany<SubmissionVersionRow>().WithOne().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            submission.HasOne<SubmissionPrivateDetailsRow>().WithOne().HasForeignKey<SubmissionPrivateDetailsRow>(p => p.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            submission.HasMany<SubmissionEditTokenRow>().WithOne().HasForeignKey(t => t.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<SubmissionVersionRow>(version =>
        {
            version.ToTable("submission_versions");
            version.HasKey(v => v.Id);
            version.HasIndex(v => new { v.SubmissionId, v.Number }).IsUnique();
            version.Property(v => v.NewOrganisation).HasMaxLength(200);
        });
        model.Entity<SubmissionPrivateDetailsRow>(details =>
        {
            details.ToTable("submission_private_details");
            details.HasKey(p => p.SubmissionId);
            details.Property(p => p.SubmitterName).HasMaxLength(256);
            details.Property(p => p.SubmitterEmail).HasMaxLength(254);
            details.Property(p => p.SubmitterRole).HasMaxLength(256);
            details.Property(p => p.PrivacyNoticeVersion).HasMaxLength(64);
        });
        model.Entity<SubmissionEditTokenRow>(token =>
        {
            token.ToTable("submission_edit_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.TokenHash).HasMaxLength(32);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.SubmissionId);
        });
        model.Entity<VerificationReminderRow>(reminder =>
        {
            reminder.ToTable("verification_reminders");
            reminder.HasKey(r => r.Id);
            reminder.Property(r => r.TokenHash).HasMaxLength(32);
            reminder.HasIndex(r => r.TokenHash).IsUnique();
            // The daily job asks, per item, when the last reminder went.
            reminder.HasIndex(r => new { r.ItemId, r.SentUtc });
        });
    }

    /// <summary>Identity's tables, named like ours rather than AspNetUsers and the like.</summary>
    private static void ConfigureAccounts(ModelBuilder model)
    {
        model.Entity<CartographyUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(256);
            user.Property(u => u.PreferredCulture).HasMaxLength(2);
            user.Property(u => u.TranslatorCultures).HasMaxLength(16);
        });
        model.Entity<IdentityRole>().ToTable("roles");
        model.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        model.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        model.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        model.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        model.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampEditStates();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampEditStates();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampEditStates()
    {
        foreach (var entry in ChangeTracker.Entries<ContentItemRow>())
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.EditState = EditStates.Of(entry.Entity);
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
        fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
}

public sealed class SqliteCartographyDbContext(DbContextOptions<SqliteCartographyDbContext> options) : CartographyDbContext(options);

public sealed class PostgreSqlCartographyDbContext(DbContextOptions<PostgreSqlCartographyDbContext> options) : CartographyDbContext(options);
