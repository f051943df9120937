#pragma once

#include <QByteArray>

#include <optional>

namespace lc {

// Strict base64url decoding for JOSE (RFC 7515 §2): URL alphabet, no padding, no whitespace.
// QByteArray::fromBase64 silently skips garbage, which would let two different strings carry the
// same bytes; a token or key that is not canonical base64url is rejected instead.
std::optional<QByteArray> decodeBase64Url(QByteArrayView encoded);

} // namespace lc
