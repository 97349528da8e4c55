using System.Globalization;
using System.Linq.Expressions;
using Bunit;
using Cartography.Web.Features.Backoffice.Shell;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.QuickGrid;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>The back office pager counts its rows in the interface's language, singular and plural.</summary>
public sealed class GridPagerTests : EditorComponentContext
{
    [Theory]
    [InlineData("fr", 1, "Page 1 sur 1 (1 résultat)")]
    [InlineData("fr", 24, "Page 1 sur 2 (24 résultats)")]
    [InlineData("nl", 1, "Pagina 1 van 1 (1 resultaat)")]
    [InlineData("nl", 24, "Pagina 1 van 2 (24 resultaten)")]
    [InlineData("en", 1, "Page 1 of 1 (1 result)")]
    [InlineData("en", 24, "Page 1 of 2 (24 results)")]
    public void The_pager_says_the_page_and_how_many_rows_in_the_interface_language(string culture, int total, string expected)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var state = new PaginationState { ItemsPerPage = 20 };

        // A real QuickGrid sets the pagination's total, as on the back office pages.
        var cut = Render(builder =>
        {
            builder.OpenComponent<QuickGrid<int>>(0);
            builder.AddAttribute(1, nameof(QuickGrid<int>.Items), Enumerable.Range(1, total).AsQueryable());
            builder.AddAttribute(2, nameof(QuickGrid<int>.Pagination), state);
            builder.AddAttribute(3, nameof(QuickGrid<int>.ChildContent), (RenderFragment)(columns =>
            {
                columns.OpenComponent<PropertyColumn<int, int>>(0);
                columns.AddAttribute(1, nameof(PropertyColumn<int, int>.Property), (Expression<Func<int, int>>)(i => i));
                columns.CloseComponent();
            }));
            builder.CloseComponent();
            builder.OpenComponent<GridPager>(4);
            builder.AddAttribute(5, nameof(GridPager.State), state);
            builder.CloseComponent();
        });

        cut.WaitForAssertion(() => Assert.Equal(expected, cut.Find("nav.pager [aria-current=page]").TextContent.Trim()));
    }
}
