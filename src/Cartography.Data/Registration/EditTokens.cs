using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Cartography.Data.Registration;

/// <summary>Edit tokens: 32 random bytes, base64url so they fit a link, known to the database only by their SHA-256.</summary>
internal static class EditTokens
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    // The token's text is hashed as it is, so a malformed or altered token simply hashes to nothing we hold.
    public static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static bool Same(byte[] stored, byte[] presented) => CryptographicOperations.FixedTimeEquals(stored, presented);
}
