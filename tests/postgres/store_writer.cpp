// One officer's workbench in the concurrency test (tst_team_writers): a separate process with its
// own connection, saving `count` changes to the cases FOI-0 .. FOI-(cases-1) of the team store
// at `address`, in turn, each a new version of the case's document. For every save the server
// acknowledged it prints "ack <sha256 of the document>"; it stops at the first failure, saying why
// on stderr and exiting 1. Each change is based on the version it loaded; a save refused because
// another writer saved the case since (StoreErrorCode::Changed) is made again on the newer
// version, as an officer would: "ack <sha256 of the document> <sha256 of the document it was
// based on>" for each acknowledged save, and "conflicts N" at the end.
// A load or save that fails because the server cannot be reached (StoreErrorCode::Unreachable:
// tst_team_store_faults kills and restarts the server mid-run) is made again, from a fresh
// load, every 100 ms for up to two minutes, as the workbench's autosaver would; such a save is
// not acknowledged (the server may or may not have kept it). "unreachable N" at the end counts
// those failures.
//
//   foi_store_writer postgresql://user@host:port/db WRITER COUNT CASES

#include "core/store/AuditTrail.h"
#include "core/store/CaseRepository.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreAddress.h"
#include "core/support/Clock.h"
#include "core/support/StoreErrorCode.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

namespace {
// Two minutes of retries, 100 ms apart, before a writer gives up on an unreachable server.
constexpr int unreachableRetries = 1200;
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = application.arguments();
    if (args.size() != 5) {
        err << "usage: foi_store_writer ADDRESS WRITER COUNT CASES\n";
        return 2;
    }
    const auto address = foi::core::StoreAddress::parse(args.at(1));
    if (!address) {
        err << address.error().message << '\n';
        return 2;
    }
    const QString writer = args.at(2);
    const int count = args.at(3).toInt();
    const int cases = args.at(4).toInt();
    auto store = foi::core::ServerStore::open(
        *address, foi::core::StoreConnection::Access::ReadWrite, foi::core::Clock::system());
    if (!store) {
        err << store.error().message << ' ' << store.error().detail << '\n';
        return 1;
    }
    foi::core::CaseRepository &repository = (*store)->repositories().cases();
    int conflicts = 0;
    int unreachable = 0;
    const auto waitForServer = [&](const foi::core::Error &error) {
        if (error.code != foi::core::StoreErrorCode::Unreachable ||
            unreachable >= unreachableRetries)
            return false;
        ++unreachable;
        QThread::msleep(100);
        return true;
    };
    for (int i = 0; i < count; ++i) {
        const QString reference = QStringLiteral("FOI-%1").arg(i % cases);
        for (;;) {
            auto loaded = repository.load(reference);
            if (!loaded && waitForServer(loaded.error()))
                continue;
            if (!loaded) {
                err << "loading " << reference << ": " << loaded.error().message << ' '
                    << loaded.error().detail << '\n';
                return 1;
            }
            foi::core::CaseRecord record = loaded->record;
            const QString basedOn = foi::core::AuditTrail::sha256Hex(record.document);
            record.requestText = QStringLiteral("change %1 by officer %2").arg(i).arg(writer);
            record.document =
                QStringLiteral("{\"reference\":\"%1\",\"request\":\"%2\",\"basedOn\":\"%3\"}")
                    .arg(reference, record.requestText, basedOn)
                    .toUtf8();
            auto saved = repository.save(record, QStringLiteral("officer %1").arg(writer));
            if (!saved && saved.error().code == foi::core::StoreErrorCode::Changed) {
                ++conflicts;
                continue;
            }
            if (!saved && waitForServer(saved.error()))
                continue;
            if (!saved) {
                err << "saving " << reference << ": " << saved.error().message << ' '
                    << saved.error().detail << '\n';
                return 1;
            }
            out << "ack " << foi::core::AuditTrail::sha256Hex(record.document) << ' ' << basedOn
                << '\n';
            break;
        }
    }
    out << "conflicts " << conflicts << '\n';
    out << "unreachable " << unreachable << '\n';
    return 0;
}
