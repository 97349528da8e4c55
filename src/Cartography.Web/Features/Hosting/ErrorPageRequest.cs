using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// Set on a request while the error page renders in place of the answer that failed: the status to answer, the
/// message keys (<c>{Key}_Title</c>, <c>{Key}_Text</c>) and the culture of the address the visitor asked for.
/// </summary>
public sealed record ErrorPageRequest(int Status, string Key, Culture Culture);
