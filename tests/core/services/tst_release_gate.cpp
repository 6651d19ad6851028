// The export gate for released files (issue 19 point 3): a file marked for release must be
// scanned as it is now, and every finding resolved (taken out of the release, or kept with a
// reason; a type the scan cannot read only when checked by hand) before the final reply may be
// exported; every step is in the case's history. Test files are made in code
// (release/ReleaseTestFiles.h).

#include "tests/core/release/ReleaseTestFiles.h"
#include "tests/support/ReferenceCase.h"

#include "core/law/WorkingDayCalendar.h"
#include "core/release/ReleaseScanner.h"
#include "core/reply/AuthorityProfile.h"
#include "core/services/AttachmentService.h"
#include "core/services/CaseEditingService.h"
#include "core/services/CaseHistory.h"
#include "core/services/ReleaseGate.h"
#include "core/services/ReplyService.h"
#include "core/services/SentReplyService.h"
#include "core/store/CaseStore.h"
#include "tests/support/StoreOptions.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace foi::core;
using namespace releasetest;

class TestReleaseGate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::TestStore> m_store;
    std::unique_ptr<CaseEditingService> m_cases;
    std::unique_ptr<AttachmentService> m_attachments;
    std::unique_ptr<ReleaseGate> m_gate;
    Case m_case;
    const QDate m_today = QDate(2026, 12, 7);
    const QString m_officer = QStringLiteral("Test Officer");

    static AuthorityProfile authority()
    {
        AuthorityProfile profile;
        profile.name = QStringLiteral("Example Constabulary");
        profile.kind = AuthorityKind::Police;
        profile.addressLines = {QStringLiteral("1 High Street"), QStringLiteral("Exampleton")};
        profile.foiUnitName = QStringLiteral("Information Rights Unit");
        profile.internalReviewContact = QStringLiteral("foi@example.police.uk");
        return profile;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A workbook whose second sheet, listing staff by name, is hidden (the 2023 breach).
    static QByteArray hiddenSheetWorkbook()
    {
        Workbook book;
        book.sheets.append({QStringLiteral("Staff"),
                            QStringLiteral("hidden"),
                            sheetData({row(1, {QStringLiteral("Surname"), QStringLiteral("Rank")}),
                                       row(2, {QStringLiteral("Smith"), QStringLiteral("PC")})}),
                            {}});
        return xlsxOf(book);
    }

    ReleaseFile onlyFile()
    {
        const auto files = m_gate->filesOf(m_case.reference);
        if (!files || files->size() != 1)
            qFatal("expected one released file");
        return files->first();
    }

    void scan(const ReleaseFile &file)
    {
        const ReleaseGate::Scan scanned = m_gate->scanJob(file)();
        const Status recorded = m_gate->recordScan(file, scanned, m_officer);
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
    }

    SendReadiness readiness()
    {
        auto ready = SentReplyService(*m_store,
                                      {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                       EnvironmentalTerms::builtIn()})
                         .readiness(m_case, authority(), m_today);
        if (!ready)
            qFatal("readiness failed: %s", qPrintable(ready.error().message));
        return *ready;
    }

    QString history()
    {
        const auto entries = CaseHistory(m_store->audit()).of(m_case.reference);
        QStringList lines;
        for (const CaseHistoryEntry &entry : entries ? *entries : QList<CaseHistoryEntry>{})
            lines << entry.change;
        return lines.join(u'\n');
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store = testsupport::TestStore::create(m_dir.path(), foi::core::Clock::system());
        QVERIFY(m_store);
        m_cases = std::make_unique<CaseEditingService>(
            *m_store, *ReferenceAllocator::create(QStringLiteral("{seq}_{yy}")),
            WorkingDayCalendar::builtIn());
        m_cases->setOfficer(m_officer);
        m_attachments = std::make_unique<AttachmentService>(
            *m_store, m_dir.filePath(QStringLiteral("attachments-%1").arg(++n)));
        m_gate = std::make_unique<ReleaseGate>(*m_store, *m_attachments, ScanLimits::standard());
        m_case = testsupport::referenceCase();
        m_case.reply.sentOn = {};
        QVERIFY(m_cases->save(m_case).ok());
        QVERIFY2(readiness().ready(), qPrintable(readiness().explain()));
    }

    // The PSNI breach of August 2023: a hidden sheet. Unscanned, then found, the export is
    // refused and writes nothing; a blank reason is refused; a reason lets it go, and the
    // history tells the whole story.
    void aHiddenSheetStopsTheExportUntilKeptWithAReason()
    {
        const auto added =
            m_gate->addFile(m_case.reference,
                            write(QStringLiteral("staff.xlsx"), hiddenSheetWorkbook()), m_officer);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QVERIFY(readiness().has(QStringLiteral("release.not-scanned")));
        QVERIFY(readiness().explain().contains(QStringLiteral("staff.xlsx")));

        scan(onlyFile());
        QVERIFY(!readiness().has(QStringLiteral("release.not-scanned")));
        QVERIFY(readiness().has(QStringLiteral("release.findings")));
        QVERIFY2(readiness().explain().contains(QStringLiteral("XLSX-HIDDEN-SHEET")),
                 qPrintable(readiness().explain()));
        const QString out = m_dir.filePath(QStringLiteral("reply.pdf"));
        const auto refused =
            SentReplyService(*m_store,
                             {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                              EnvironmentalTerms::builtIn()})
                .sendFinal(m_case, authority(), m_today, out, m_officer, QString());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("release.findings"));
        QVERIFY(!QFile::exists(out));

        const ReleaseFile file = onlyFile();
        const ReleaseFindings open = ReleaseGate::unresolved(file);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().code, QStringLiteral("XLSX-HIDDEN-SHEET"));
        const Status blank = m_gate->keep(file, open.first(), QStringLiteral("  "), m_officer);
        QCOMPARE(blank.error().code, QStringLiteral("release.reason-missing"));
        QVERIFY(m_gate->keep(file, open.first(),
                             QStringLiteral("The sheet lists only published senior ranks"),
                             m_officer));
        QVERIFY2(readiness().ready(), qPrintable(readiness().explain()));
        const auto sent = SentReplyService(*m_store, {ExemptionCatalogue::builtIn(),
                                                      WorkingDayCalendar::builtIn(),
                                                      EnvironmentalTerms::builtIn()})
                              .sendFinal(m_case, authority(), m_today, out, m_officer, QString());
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));

        const QString lines = history();
        QVERIFY2(lines.contains(
                     QStringLiteral("Marked \u201Cstaff.xlsx\u201D to be released with the reply")),
                 qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("Scanned \u201Cstaff.xlsx\u201D for release: found "
                                               "XLSX-HIDDEN-SHEET")),
                 qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("Kept \u201Cstaff.xlsx\u201D in the release despite "
                                               "XLSX-HIDDEN-SHEET")) &&
                     lines.contains(QStringLiteral("The sheet lists only published senior ranks")),
                 qPrintable(lines));
    }

    void takingTheFileOutOfTheReleaseLetsTheReplyGo()
    {
        QVERIFY(m_gate->addFile(m_case.reference,
                                write(QStringLiteral("staff2.xlsx"), hiddenSheetWorkbook()),
                                m_officer));
        scan(onlyFile());
        QVERIFY(!readiness().ready());
        QVERIFY(m_gate->removeFromRelease(onlyFile(), QStringLiteral("Released as CSV instead"),
                                          m_officer));
        QVERIFY2(readiness().ready(), qPrintable(readiness().explain()));
        QCOMPARE(m_attachments->attachmentsOf(m_case.reference)->size(), 1); // still attached
        QVERIFY2(history().contains(
                     QStringLiteral("Took \u201Cstaff2.xlsx\u201D out of the release, because: "
                                    "\u201CReleased as CSV instead\u201D")),
                 qPrintable(history()));
    }

    // Issue 19 point 3: anything else is refused unless checked by hand, with a reason.
    void aFileOfAnUnknownTypeGoesOnlyWhenCheckedByHand()
    {
        QVERIFY(m_gate->addFile(
            m_case.reference, write(QStringLiteral("map.png"), QByteArray("\x89PNG\r\n\x1a\n", 8)),
            m_officer));
        scan(onlyFile());
        QVERIFY(readiness().has(QStringLiteral("release.unchecked-type")));
        const ReleaseFindings open = ReleaseGate::unresolved(onlyFile());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().code, QStringLiteral("FILE-UNCHECKED-TYPE"));
        QVERIFY(m_gate->keep(onlyFile(), open.first(),
                             QStringLiteral("Opened it: a street map, no layers or EXIF"),
                             m_officer));
        QVERIFY2(readiness().ready(), qPrintable(readiness().explain()));
        QVERIFY2(
            history().contains(QStringLiteral("Checked \u201Cmap.png\u201D by hand for release")),
            qPrintable(history()));
    }

    // A file the scan cannot read cannot be kept: nothing is known of what it holds.
    void anUnreadableFileCanOnlyBeTakenOut()
    {
        QVERIFY(m_gate->addFile(m_case.reference,
                                write(QStringLiteral("broken.xlsx"), QByteArray("not a zip")),
                                m_officer));
        scan(onlyFile());
        QVERIFY(readiness().has(QStringLiteral("release.unreadable")));
        const ReleaseFindings open = ReleaseGate::unresolved(onlyFile());
        QCOMPARE(open.first().code, QStringLiteral("FILE-UNREADABLE"));
        const Status kept =
            m_gate->keep(onlyFile(), open.first(), QStringLiteral("Fine"), m_officer);
        QCOMPARE(kept.error().code, QStringLiteral("release.cannot-keep"));
        QVERIFY(readiness().has(QStringLiteral("release.unreadable")));
    }

    // A scan is of the content scanned: a different SHA-256 needs a new scan, and a reason given
    // for the old content does not carry over.
    void aScanOfOtherContentDoesNotCount()
    {
        QVERIFY(m_gate->addFile(m_case.reference,
                                write(QStringLiteral("staff3.xlsx"), hiddenSheetWorkbook()),
                                m_officer));
        const ReleaseFile file = onlyFile();
        const QString other = QString(64, QLatin1Char('c'));
        const ReleaseFinding hidden{QStringLiteral("XLSX-HIDDEN-SHEET"), QStringLiteral("x"),
                                    QStringLiteral("y")};
        QVERIFY(m_store->releases().recordScan(m_case.reference, file.attachment.id, other,
                                               {hidden}, m_officer));
        QVERIFY(m_store->releases().resolve(m_case.reference, file.attachment.id, other, hidden,
                                            QStringLiteral("old reason"), m_officer));
        QVERIFY(ReleaseGate::needsScan(onlyFile()));
        QVERIFY(readiness().has(QStringLiteral("release.changed")));
        scan(onlyFile());
        QVERIFY(!ReleaseGate::needsScan(onlyFile()));
        QVERIFY(readiness().has(QStringLiteral("release.findings")));
        QCOMPARE(ReleaseGate::unresolved(onlyFile()).size(), 1);
    }

    // The kept copy is checked against its SHA-256 before it is scanned.
    void anAlteredCopyIsNotScanned()
    {
        QVERIFY(m_gate->addFile(m_case.reference,
                                write(QStringLiteral("staff4.xlsx"), hiddenSheetWorkbook()),
                                m_officer));
        const ReleaseFile file = onlyFile();
        QFile copy(m_attachments->copyPath(file.attachment));
        copy.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(xlsxOf(Workbook{}));
        copy.close();
        const ReleaseGate::Scan scanned = m_gate->scanJob(file)();
        QVERIFY(!scanned.findings);
        QCOMPARE(scanned.findings.error().code, QStringLiteral("release.copy-altered"));
        QVERIFY(!m_gate->recordScan(file, scanned, m_officer));
        QVERIFY(readiness().has(QStringLiteral("release.not-scanned")));
    }

    // Issue 19 point 5 (docs/release-scan.md, "Our own letter"): the letter the workbench
    // exports is not a released file, and its metadata holds only what the letter prints: the
    // authority as Author and the case reference as Subject, never the officer or requester.
    void ourLetterCarriesOnlyWhatItPrints()
    {
        const auto rendered =
            ReplyService::render(m_case, authority(),
                                 {ExemptionCatalogue::builtIn(), WorkingDayCalendar::builtIn(),
                                  EnvironmentalTerms::builtIn()},
                                 m_today, ReplyService::Format::Pdf);
        QVERIFY(rendered);
        const ReleaseFindings findings = ReleaseScanner(ScanLimits::standard())
                                             .scanData(rendered->bytes, QStringLiteral("r.pdf"));
        QCOMPARE(findings.size(), 1);
        const ReleaseFinding &metadata = findings.first();
        QCOMPARE(metadata.code, QStringLiteral("PDF-METADATA"));
        QVERIFY2(
            metadata.location.contains(QStringLiteral("Author \u201CExample Constabulary\u201D")) &&
                metadata.location.contains(m_case.reference),
            qPrintable(metadata.location));
        for (const QString &person : {m_case.requester.name, m_officer})
            QVERIFY2(!metadata.location.contains(person), qPrintable(metadata.location));
        QVERIFY2(readiness().ready(), qPrintable(readiness().explain()));
    }
};

QTEST_MAIN(TestReleaseGate)
#include "tst_release_gate.moc"
