#pragma once

#include "core/review/PublicKey.h"
#include "core/support/Result.h"

#include <QByteArray>

namespace foi::core {

// The small text file officers exchange to trust each other's keys:
//     FOI Workbench public key 1
//     name: Jane Smith
//     ed25519: <base64 of the 32 key bytes>
//     fingerprint: 1A2B 3C4D …
// Reading is bounded (4 KiB), refuses unknown lines, and checks that the fingerprint line, when
// present, matches the key (a mistyped or altered file is caught before it is trusted).
class PublicKeyFile
{
public:
    static constexpr qsizetype maxBytes = 4096;

    static QByteArray write(const PublicKey &key);
    [[nodiscard]] static Result<PublicKey> read(const QByteArray &text);
    [[nodiscard]] static Result<PublicKey> readFile(const QString &path);
};

} // namespace foi::core
