using System.ComponentModel.DataAnnotations;
using Cartography.Web.Features.Backoffice;

namespace Cartography.Web.Tests.Backoffice;

public class AccountOptionsTests
{
    [Theory]
    [InlineData(10, 100, true)]
    [InlineData(10, 10, false)]
    [InlineData(10, 5, false)]
    public void The_account_lockout_must_need_more_failures_than_one_address_may_send(int perAddress, int perAccount, bool valid)
    {
        var options = new AccountOptions { FailedSignInsPerAddress = perAddress, MaxFailedSignIns = perAccount };
        var problems = new List<ValidationResult>();

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true));
        if (!valid) Assert.Contains(nameof(AccountOptions.MaxFailedSignIns), Assert.Single(problems).MemberNames);
    }
}
