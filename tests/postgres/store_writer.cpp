// One officer's workbench in the concurrency test (tst_team_writers): a separate process with its
// own connection, saving `count` changes to the cases FOI-0 .. FOI-(cases-1) of the team store
// at `address`, in turn, each a new version of the case's document. For every save the server
// acknowledged it prints "ack <sha256 of the document>"; it stops at the first failure, saying why
// on stderr and exiting 1.
//
//   foi_store_writer postgresql://user@host:port/db WRITER COUNT CASES

#include "core/store/AuditTrail.h"
#include "core/store/CaseRepository.h"
#include "core/store/ServerStore.h"
#include "core/store/StoreAddress.h"
#include "core/support/Clock.h"

#include <QCoreApplication>
#include <QTextStream>

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
    for (int i = 0; i < count; ++i) {
        const QString reference = QStringLiteral("FOI-%1").arg(i % cases);
        auto loaded = repository.load(reference);
        if (!loaded) {
            err << "loading " << reference << ": " << loaded.error().message << '\n';
            return 1;
        }
        foi::core::CaseRecord record = loaded->record;
        record.requestText = QStringLiteral("change %1 by officer %2").arg(i).arg(writer);
        record.document = QStringLiteral("{\"reference\":\"%1\",\"request\":\"%2\"}")
                              .arg(reference, record.requestText)
                              .toUtf8();
        auto saved = repository.save(record, QStringLiteral("officer %1").arg(writer));
        if (!saved) {
            err << "saving " << reference << ": " << saved.error().message << ' '
                << saved.error().detail << '\n';
            return 1;
        }
        out << "ack " << foi::core::AuditTrail::sha256Hex(record.document) << '\n';
    }
    return 0;
}
