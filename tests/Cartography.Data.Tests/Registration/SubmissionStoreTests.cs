using System.Text.Json;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Registration;
using Cartography.Data.Registration;
using Cartography.Data.Storage;
using Cartography.Data.Tests.Editorial;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests.Registration;

public sealed class SubmissionStoreTestsOnSqlite() : SubmissionStoreTests(DatabaseProvider.Sqlite);

public sealed class SubmissionStoreTestsOnPostgreSql() : SubmissionStoreTests(DatabaseProvider.PostgreSql);

/// <summary>Run once per storage provider, so nothing works on SQLite only by accident.</summary>
public abstract class SubmissionStoreTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase db = new(provider);
    private readonly ControlledClock clock = new(Start);

    public Task InitializeAsync() => db.InitializeAsync();
    public Task DisposeAsync() => db.DisposeAsync();

    private SubmissionStore Store => new(db.Database, clock, new SubmissionOptions { EditTokenLifetime = TimeSpan.FromDays(30) });

    private static Initiative Proposed(string name) => new()
    {
        Name = LocalizedText.Of(fr: name), Status = "volunteer", Address = new Address("Rue Haute 1", "1000", "Bruxelles"),
        Sectors = ["mental-health"],
    };

    private static Submission Sent(string name, string email = "marie@example.org", Guid? changes = null) => new(
        Proposed(name), new PrivateDetails(new Submitter("Marie Dubois", email, "Coordinatrice"), new Consent(Start.AddMinutes(-2), "2026-11")), changes);

    [Fact]
    public async Task A_received_submission_is_pending_and_reads_back_with_its_private_details_kept_apart()
    {
        var changes = Guid.NewGuid();

        var received = await Store.ReceiveAsync(Sent("Pair à pair", changes: changes));

        var found = await Store.FindByTokenAsync(received.EditToken);
        Assert.Equal(EditTokenStatus.Found, found.Status);
        var submission = found.Submission!;
        Assert.Equal((received.Id, SubmissionStatus.Pending, changes, 1, Start), (submission.Id, submission.Status, submission.Changes, submission.Version, submission.ReceivedAt));
        Assert.Equal("Pair à pair", submission.Proposed.Name.In(Culture.Fr));
        Assert.Equal(Start.AddDays(30), received.EditTokenExpiresAt);
        var details = (await Store.PrivateDetailsAsync(received.Id))!;
        Assert.Equal(new Submitter("Marie Dubois", "marie@example.org", "Coordinatrice"), details.Submitter);
        Assert.Equal(new Consent(Start.AddMinutes(-2), "2026-11"), details.Consent);
    }

    [Fact]
    public async Task Each_submission_gets_its_own_url_safe_token_of_32_random_bytes()
    {
        var first = await Store.ReceiveAsync(Sent("Un"));
        var second = await Store.ReceiveAsync(Sent("Deux"));

        Assert.NotEqual(first.EditToken, second.EditToken);
        Assert.Equal(43, first.EditToken.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", first.EditToken);
        Assert.Equal("Deux", (await Store.FindByTokenAsync(second.EditToken)).Submission!.Proposed.Name.In(Culture.Fr));
    }

    [Fact]
    public async Task A_token_expires_after_its_lifetime()
    {
        var received = await Store.ReceiveAsync(Sent("Pair à pair"));

        clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        Assert.Equal(EditTokenStatus.Found, (await Store.FindByTokenAsync(received.EditToken)).Status);
        clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await Store.FindByTokenAsync(received.EditToken);

        Assert.Equal(EditTokenStatus.Expired, expired.Status);
        Assert.Null(expired.Submission);
        Assert.Equal(SubmissionUpdateStatus.Expired, (await Store.UpdateAsync(received.EditToken, Proposed("Trop tard"))).Status);
    }

    [Fact]
    public async Task A_revoked_token_opens_nothing_any_more()
    {
        var received = await Store.ReceiveAsync(Sent("Pair à pair"));

        Assert.Equal(1, await Store.RevokeTokensAsync(received.Id));

        var revoked = await Store.FindByTokenAsync(received.EditToken);
        Assert.Equal(EditTokenStatus.Revoked, revoked.Status);
        Assert.Null(revoked.Submission);
        Assert.Equal(SubmissionUpdateStatus.Revoked, (await Store.UpdateAsync(received.EditToken, Proposed("Non"))).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_token_never_issued_is_unknown(string token)
    {
        await Store.ReceiveAsync(Sent("Pair à pair"));

        var lookup = await Store.FindByTokenAsync(token);

        Assert.Equal(EditTokenStatus.Unknown, lookup.Status);
        Assert.Null(lookup.Submission);
    }

    [Fact]
    public async Task A_token_with_one_character_changed_is_unknown()
    {
        var received = await Store.ReceiveAsync(Sent("Pair à pair"));
        var token = received.EditToken;

        foreach (var position in new[] { 0, token.Length / 2, token.Length - 1 })
        {
            var tampered = token[..position] + (token[position] == 'A' ? 'B' : 'A') + token[(position + 1)..];
            Assert.Equal(EditTokenStatus.Unknown, (await Store.FindByTokenAsync(tampered)).Status);
            Assert.Equal(SubmissionUpdateStatus.Unknown, (await Store.UpdateAsync(tampered, Proposed("Intrus"))).Status);
        }
        Assert.Equal("Pair à pair", (await Store.FindByTokenAsync(token)).Submission!.Proposed.Name.In(Culture.Fr));
    }

    [Fact]
    public async Task The_raw_token_is_stored_nowhere()
    {
        var received = await Store.ReceiveAsync(Sent("Pair à pair"));
        await Store.UpdateAsync(received.EditToken, Proposed("Pair à pair, corrigé"));

        var cells = await AllCellsAsync("submissions", "submission_versions", "submission_private_details", "submission_edit_tokens");

        Assert.NotEmpty(cells);
        Assert.DoesNotContain(cells, cell => cell.Contains(received.EditToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_update_adds_a_version_and_keeps_what_was_sent_before()
    {
        var received = await Store.ReceiveAsync(Sent("Première"));
        clock.Advance(TimeSpan.FromHours(1));

        var update = await Store.UpdateAsync(received.EditToken, Proposed("Seconde"));

        Assert.Equal(new SubmissionUpdate(SubmissionUpdateStatus.Updated, 2), update);
        var latest = (await Store.FindByTokenAsync(received.EditToken)).Submission!;
        Assert.Equal(("Seconde", 2, Start, Start.AddHours(1)), (latest.Proposed.Name.In(Culture.Fr), latest.Version, latest.ReceivedAt, latest.LastSavedAt));
        Assert.Equal(["Première", "Seconde"], (await Store.VersionsAsync(received.Id)).Select(v => v.Name.In(Culture.Fr)));
    }

    [Fact]
    public async Task A_submission_no_longer_pending_cannot_be_updated()
    {
        var received = await Store.ReceiveAsync(Sent("Première"));
        await using (var context = db.Database.CreateContext())
        {
            var row = await context.Submissions.SingleAsync(s => s.Id == received.Id);
            (row.Status, row.ReviewedBy, row.ReviewedUtc, row.ReviewReason) = (SubmissionStatus.Rejected, "ann", Start.UtcDateTime, "Hors champ");
            await context.SaveChangesAsync();
        }

        Assert.Equal(SubmissionUpdateStatus.NotPending, (await Store.UpdateAsync(received.EditToken, Proposed("Seconde"))).Status);
        Assert.Equal(["Première"], (await Store.VersionsAsync(received.Id)).Select(v => v.Name.In(Culture.Fr)));
    }

    [Fact]
    public async Task The_pending_list_is_oldest_first_paged_and_carries_no_private_details()
    {
        var first = await Store.ReceiveAsync(Sent("Un", email: "un@example.org"));
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Store.ReceiveAsync(Sent("Deux", email: "deux@example.org"));
        clock.Advance(TimeSpan.FromMinutes(1));
        var third = await Store.ReceiveAsync(Sent("Trois", email: "trois@example.org"));
        await Store.UpdateAsync(second.EditToken, Proposed("Deux, corrigé"));
        await using (var context = db.Database.CreateContext())
        {
            (await context.Submissions.SingleAsync(s => s.Id == third.Id)).Status = SubmissionStatus.Withdrawn;
            await context.SaveChangesAsync();
        }

        var page1 = await Store.PendingAsync(page: 1, pageSize: 1);
        var page2 = await Store.PendingAsync(page: 2, pageSize: 1);

        Assert.Equal((2, 2), (page1.Total, page2.Total));
        Assert.Equal([first.Id], page1.Submissions.Select(s => s.Id));
        Assert.Equal(("Deux, corrigé", 2, Start.AddMinutes(1)), (page2.Submissions[0].Proposed.Name.In(Culture.Fr), page2.Submissions[0].Version, page2.Submissions[0].ReceivedAt));
        var json = JsonSerializer.Serialize(new[] { page1, page2 });
        foreach (var secret in new[] { "Marie Dubois", "un@example.org", "deux@example.org", "Coordinatrice", "2026-11\"" })
            Assert.DoesNotContain(secret, json);
        Assert.DoesNotContain(typeof(SubmittedContent).GetProperties(), p => IsPrivate(p.PropertyType));
    }

    private static bool IsPrivate(Type type) => type == typeof(PrivateDetails) || type == typeof(Submitter) || type == typeof(Consent) || type == typeof(Submission);

    /// <summary>Every value in the given tables, as text; binary values also as base64url, as a token would be written.</summary>
    private async Task<List<string>> AllCellsAsync(params string[] tables)
    {
        var cells = new List<string>();
        await using var context = db.Database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    cells.Add(value is byte[] bytes ? System.Buffers.Text.Base64Url.EncodeToString(bytes) : Convert.ToString(value) ?? "");
                    if (value is byte[] raw) cells.Add(System.Text.Encoding.UTF8.GetString(raw));
                }
        }
        return cells;
    }
}
