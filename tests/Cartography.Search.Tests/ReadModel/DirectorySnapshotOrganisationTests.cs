using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;
using Cartography.Search.ReadModel;

namespace Cartography.Search.Tests.ReadModel;

/// <summary>An organisation's page: found by its slug in each culture, with the published initiatives it runs.</summary>
public class DirectorySnapshotOrganisationTests
{
    private static readonly Guid Runs = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private static Published<Initiative> Initiative(string name, Guid? organisation) => new(Guid.NewGuid(), new Initiative
    {
        Name = LocalizedText.Of(fr: name), Status = "volunteer", Address = new Address(null, "1000", "Bruxelles"), OrganisationId = organisation,
    });

    private static readonly Published<Initiative>[] Initiatives =
        [Initiative("Un", Runs), Initiative("Deux", Other), Initiative("Trois", Runs), Initiative("Seule", null)];

    private static readonly DirectorySnapshot Snapshot = new(Initiatives,
        [
            new(Runs, new Organisation { Name = LocalizedText.Of(fr: "Entraide"), Slug = LocalizedText.Of("entraide", "onderlinge-hulp", "mutual-aid") }),
            new(Other, new Organisation { Name = LocalizedText.Of(fr: "Autre"), Slug = LocalizedText.Of(fr: "autre") }),
        ], [], [], TermSet.Empty);

    [Theory]
    [InlineData("fr", "entraide")]
    [InlineData("nl", "onderlinge-hulp")]
    [InlineData("en", "mutual-aid")]
    public void An_organisation_is_found_by_the_slug_of_each_culture_and_not_by_another_cultures(string culture, string slug)
    {
        Assert.Equal(Runs, Snapshot.FindOrganisation(Culture.Parse(culture), slug)?.Id);
        Assert.Null(Snapshot.FindOrganisation(Culture.Parse(culture), slug == "entraide" ? "mutual-aid" : "entraide"));
    }

    [Fact]
    public void The_initiatives_an_organisation_runs_are_its_own_in_directory_order()
    {
        Assert.Equal(["Un", "Trois"], Snapshot.InitiativesRunBy(Runs).Select(i => i.Content.Name.In(Culture.Fr)));
        Assert.Equal(["Deux"], Snapshot.InitiativesRunBy(Other).Select(i => i.Content.Name.In(Culture.Fr)));
        Assert.Empty(Snapshot.InitiativesRunBy(Guid.NewGuid()));
        Assert.Null(Snapshot.FindOrganisation(Culture.Nl, "autre"));
    }
}
