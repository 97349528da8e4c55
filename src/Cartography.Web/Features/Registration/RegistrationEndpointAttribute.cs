namespace Cartography.Web.Features.Registration;

/// <summary>Marks the pages whose posts are rate-limited and size-checked: the registration and edit-link forms.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RegistrationEndpointAttribute : Attribute;
