using Cartography.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>Identity's error messages in the back office language (Identity itself speaks English only).</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), localizer["Identity_DefaultError"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), localizer["Identity_ConcurrencyFailure"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), localizer["Account_LinkInvalid"]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), localizer["Identity_PasswordTooShort", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), localizer["Identity_PasswordRequiresUniqueChars", uniqueChars]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), localizer["Identity_DuplicateEmail", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), localizer["Identity_DuplicateEmail", email]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), localizer["Identity_InvalidEmail", email ?? ""]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), localizer["Identity_InvalidEmail", userName ?? ""]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
