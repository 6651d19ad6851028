#include "app/cli/KeysCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/StoreAccess.h"
#include "core/reply/AtomicFile.h"
#include "core/review/KeyRing.h"
#include "core/review/PublicKeyFile.h"

#include <QCommandLineParser>

namespace foi::app {

namespace {

const QString name = QStringLiteral("keys");

ExitCode failed(CliContext &context, const core::Error &error)
{
    context.err() << "foi-workbench-cli " << name << ": " << error.message << '\n';
    context.err().flush();
    return ExitCode::Negative;
}

ExitCode show(CliContext &context, core::KeyRing &ring, const QString &officer)
{
    core::Result<core::KeyPair> own = ring.ownKey(officer);
    if (!own)
        return failed(context, own.error());
    context.out() << "Key of " << own->publicKey().name << '\n'
                  << "Fingerprint: " << own->publicKey().fingerprint() << '\n'
                  << "Kept in: " << ring.folder() << '\n';
    return ExitCode::Success;
}

ExitCode list(CliContext &context, core::KeyRing &ring)
{
    core::Result<QList<core::KeyRing::Entry>> entries = ring.entries();
    if (!entries)
        return failed(context, entries.error());
    if (entries->isEmpty())
        context.out() << "No keys trusted yet. Trust a colleague's key with 'foi-workbench-cli "
                         "keys trust FILE'.\n";
    for (const core::KeyRing::Entry &entry : *entries) {
        context.out() << entry.fingerprint << "  "
                      << (entry.revoked ? QStringLiteral("REVOKED %1").arg(entry.revokedAt)
                                        : QStringLiteral("trusted %1").arg(entry.trustedAt))
                      << "  " << (entry.name.isEmpty() ? QStringLiteral("(unknown)") : entry.name)
                      << '\n';
    }
    return ExitCode::Success;
}

ExitCode runKeys(const QString &summary, CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary + QStringLiteral("\nYour key pair is made on first use and kept "
                                 "owner-only in your data folder. Give your public "
                                 "key file to reviewers; trust theirs after checking "
                                 "its fingerprint with them."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("export: write your public key to "
                                                "FILE."),
                                 QStringLiteral("FILE"));
    parser.addOptions({out, StoreAccess::officerOption()});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("show, list, export, trust or revoke."));
    bool helpShown = false;
    if (!context.parse(parser, name, args, &helpShown))
        return ExitCode::Usage;
    if (helpShown)
        return ExitCode::Success;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const QString officer = StoreAccess::officer(parser);
    core::KeyRing ring(core::KeyRing::defaultFolder(), context.clock());
    if (action == QLatin1String("show") && words.size() == 1)
        return show(context, ring, officer);
    if (action == QLatin1String("list") && words.size() == 1)
        return list(context, ring);
    if (action == QLatin1String("export") && words.size() == 1) {
        if (!parser.isSet(out))
            return context.usageError(
                name, QStringLiteral("say where to write your key with --out FILE."));
        core::Result<core::KeyPair> own = ring.ownKey(officer);
        if (!own)
            return failed(context, own.error());
        if (core::Status written = core::AtomicFile::write(
                parser.value(out), core::PublicKeyFile::write(own->publicKey()));
            !written)
            return failed(context, written.error());
        context.out() << "Wrote the public key of " << own->publicKey().name << " to "
                      << parser.value(out) << ".\nFingerprint: " << own->publicKey().fingerprint()
                      << '\n';
        return ExitCode::Success;
    }
    if (action == QLatin1String("trust") && words.size() == 2) {
        core::Result<core::PublicKey> key = core::PublicKeyFile::readFile(words.at(1));
        if (!key)
            return context.usageError(name, key.error().message);
        core::Result<core::KeyRing::Entry> entry = ring.trust(*key);
        if (!entry)
            return failed(context, entry.error());
        context.out() << "Trusted the key of " << entry->name
                      << ".\nFingerprint: " << entry->fingerprint
                      << "\nCheck it with them in person or by phone.\n";
        return ExitCode::Success;
    }
    if (action == QLatin1String("revoke") && words.size() >= 2) {
        core::Result<core::KeyRing::Entry> entry = ring.revoke(words.mid(1).join(QLatin1Char(' ')));
        if (!entry)
            return context.usageError(name, entry.error().message);
        context.out() << "Revoked " << entry->fingerprint
                      << (entry->name.isEmpty() ? QString()
                                                : QStringLiteral(" (%1)").arg(entry->name))
                      << ": bundles and responses it signs are refused from now on.\n";
        return ExitCode::Success;
    }
    return context.usageError(name,
                              QStringLiteral("give one action: show, list, export --out FILE, "
                                             "trust FILE or revoke FINGERPRINT."));
}

} // namespace

CliCommand keysCommand()
{
    const QString summary = QStringLiteral(
        "keys show|list|export --out FILE|trust FILE|revoke FINGERPRINT: review signing keys.");
    return {name, summary, std::bind_front(&runKeys, summary)};
}

} // namespace foi::app
