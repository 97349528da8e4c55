namespace Cartography.Core.Registration;

/// <summary>The person who sent a submission, as they introduced themselves; <paramref name="Role"/> is their role in the service.</summary>
public sealed record Submitter(string Name, string Email, string Role);
