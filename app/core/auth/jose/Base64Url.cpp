#include "Base64Url.h"

namespace lc {

std::optional<QByteArray> decodeBase64Url(QByteArrayView encoded)
{
    // A single leftover character cannot encode a whole byte.
    if (encoded.size() % 4 == 1)
        return std::nullopt;
    for (const char c : encoded) {
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!valid)
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(encoded.toByteArray(),
                                                  QByteArray::Base64UrlEncoding
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace lc
