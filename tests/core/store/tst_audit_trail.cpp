#include "tests/core/store/StoreTestSupport.h"

#include "core/store/AuditTrail.h"
#include "core/support/StoreErrorCode.h"

using namespace foi::core;

// The audit trail: every change recorded with who, when, before and after; rows that cannot be
// changed through SQL; and a verification that names the first bad row whatever was done to
// the file with the triggers dropped.
class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<CaseStore> m_store;

    const QString dropTriggers =
        QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
                       "DROP TRIGGER audit_log_append_at_head;");

    AuditReport verifyFile(const QList<AuditAnchor> &anchors = {})
    {
        m_store.reset();
        auto reopened =
            CaseStore::open(m_file, CaseStore::OpenMode::ReadWrite, storetest::options());
        if (!reopened)
            qFatal("reopen failed: %s", qPrintable(reopened.error().detail));
        m_store = std::move(reopened).value();
        auto report = m_store->verify(anchors);
        if (!report)
            qFatal("verify failed: %s", qPrintable(report.error().detail));
        return *report;
    }

    QString tamper(const QString &sql)
    {
        m_store.reset();
        return storetest::rawExec(m_file, sql);
    }

private slots:
    void init()
    {
        static int n = 0;
        m_file = m_dir.filePath(QStringLiteral("audit-%1.foistore").arg(++n));
        m_store = storetest::create(m_file);
        QVERIFY(m_store);
        // Five rows: three cases created, two updated.
        for (const char *ref : {"FOI-1", "FOI-2", "FOI-3"})
            QVERIFY(m_store->cases().save(
                storetest::record(QString::fromLatin1(ref), QStringLiteral("bikes")),
                QStringLiteral("Jo Officer")));
        QVERIFY(m_store->cases().save(
            storetest::record(QStringLiteral("FOI-1"), QStringLiteral("cars")),
            QStringLiteral("Sam Officer")));
        QVERIFY(m_store->cases().save(
            storetest::record(QStringLiteral("FOI-2"), QStringLiteral("vans")),
            QStringLiteral("Sam Officer")));
    }

    void cleanup() { m_store.reset(); }

    void everyChangeRecordsWhoWhenWhatBeforeAndAfter()
    {
        QCOMPARE(m_store->audit().head()->seq, 5);
        const QList<QStringList> rows = storetest::rawSelect(
            m_file,
            QStringLiteral("SELECT officer, action, entity_key, recorded_at, before_sha256, "
                           "after_sha256 FROM audit_log WHERE seq = 4"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][0], QStringLiteral("Sam Officer"));
        QCOMPARE(rows[0][1], QStringLiteral("update-case"));
        QCOMPARE(rows[0][2], QStringLiteral("FOI-1"));
        QVERIFY2(rows[0][3].startsWith(QStringLiteral("2026-03-02T09:00:")) &&
                     rows[0][3].endsWith(u'Z'),
                 qPrintable(rows[0][3])); // the fake clock's time, in UTC
        const QString before = rows[0][4];
        const QString after = rows[0][5];
        QVERIFY(m_store->audit().snapshot(before)->contains("bikes"));
        QVERIFY(m_store->audit().snapshot(after)->contains("cars"));
    }

    void savingAnUnchangedCaseRecordsNothing()
    {
        auto saved = m_store->cases().save(
            storetest::record(QStringLiteral("FOI-3"), QStringLiteral("bikes")),
            QStringLiteral("Jo Officer"));
        QCOMPARE(*saved, CaseRepository::SaveResult::Unchanged);
        QCOMPARE(m_store->audit().head()->seq, 5);
    }

    void auditRowsCannotBeUpdatedDeletedOrReplaced()
    {
        m_store.reset();
        QVERIFY(storetest::rawExec(
                    m_file, QStringLiteral("UPDATE audit_log SET officer = 'x' WHERE seq = 2"))
                    .contains(QStringLiteral("append-only")));
        QVERIFY(storetest::rawExec(m_file, QStringLiteral("DELETE FROM audit_log WHERE seq = 2"))
                    .contains(QStringLiteral("append-only")));
        QVERIFY(
            !storetest::rawExec(
                 m_file, QStringLiteral("INSERT OR REPLACE INTO audit_log SELECT seq, recorded_at, "
                                        "'Mallory', action, entity, entity_key, summary, "
                                        "before_sha256, after_sha256, prev_hash, row_hash "
                                        "FROM audit_log WHERE seq = 2"))
                 .isEmpty());
        QVERIFY(
            !storetest::rawExec(
                 m_file, QStringLiteral("INSERT INTO audit_log SELECT seq, recorded_at, 'Mallory', "
                                        "action, entity, entity_key, summary, before_sha256, "
                                        "after_sha256, prev_hash, row_hash FROM audit_log "
                                        "WHERE seq = 2 ON CONFLICT(seq) DO UPDATE SET officer = "
                                        "excluded.officer"))
                 .isEmpty());
        QVERIFY(storetest::rawExec(m_file, QStringLiteral("DELETE FROM audit_snapshot"))
                    .contains(QStringLiteral("kept")));
        QVERIFY(verifyFile().intact);
    }

    void intactChainVerifiesAndGivesItsHead()
    {
        const AuditReport report = verifyFile();
        QVERIFY2(report.intact, qPrintable(report.problem));
        QCOMPARE(report.rowsChecked, 5);
        QCOMPARE(report.head.seq, 5);
        QCOMPARE(report.head.hash.size(), 64);
        QVERIFY(verifyFile({report.head}).intact);
    }

    void editedRowIsNamed()
    {
        QCOMPARE(tamper(dropTriggers +
                        QStringLiteral("UPDATE audit_log SET officer = 'Mallory' WHERE seq = 3")),
                 QString());
        const AuditReport report = verifyFile();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBadSeq, 3);
        QVERIFY2(report.problem.contains(QStringLiteral("altered")), qPrintable(report.problem));
    }

    void deletedRowIsNamed()
    {
        QCOMPARE(tamper(dropTriggers + QStringLiteral("DELETE FROM audit_log WHERE seq = 2")),
                 QString());
        const AuditReport report = verifyFile();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBadSeq, 3);
    }

    void deletedAndRenumberedRowIsNamed()
    {
        QCOMPARE(tamper(dropTriggers +
                        QStringLiteral("DELETE FROM audit_log WHERE seq = 2; "
                                       "UPDATE audit_log SET seq = seq - 1 WHERE seq > 2")),
                 QString());
        const AuditReport report = verifyFile();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBadSeq, 2);
    }

    void insertedRowIsNamed()
    {
        QCOMPARE(
            tamper(dropTriggers +
                   QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 3; "
                                  "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000; "
                                  "INSERT INTO audit_log SELECT 3, recorded_at, 'Mallory', action, "
                                  "entity, entity_key, summary, before_sha256, after_sha256, "
                                  "row_hash, row_hash FROM audit_log WHERE seq = 2")),
            QString());
        const AuditReport report = verifyFile();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBadSeq, 3);
    }

    void reorderedRowsAreNamed()
    {
        QCOMPARE(
            tamper(dropTriggers + QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 2; "
                                                 "UPDATE audit_log SET seq = 2 WHERE seq = 3; "
                                                 "UPDATE audit_log SET seq = 3 WHERE seq = 100")),
            QString());
        const AuditReport report = verifyFile();
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBadSeq, 2);
    }

    void chainRebuiltFromScratchIsCaughtByAnAnchor()
    {
        const AuditAnchor anchor = verifyFile().head;
        // Rewrite row 2's officer and recompute every hash after it, as a careful forger would.
        m_store.reset();
        QString rewrite = dropTriggers +
                          QStringLiteral("UPDATE audit_log SET officer = 'Mallory' WHERE seq = 2;");
        QString previous = AuditAnchor::genesisHash();
        for (const QStringList &values : storetest::rawSelect(
                 m_file, QStringLiteral(
                             "SELECT seq, recorded_at, officer, action, entity, entity_key, "
                             "summary, before_sha256, after_sha256 FROM audit_log ORDER BY seq"))) {
            AuditTrail::Row row;
            row.seq = values[0].toLongLong();
            row.recordedAt = values[1];
            row.officer = row.seq == 2 ? QStringLiteral("Mallory") : values[2];
            row.action = values[3];
            row.entity = values[4];
            row.entityKey = values[5];
            row.summary = values[6];
            row.beforeSha256 = values[7].isNull() ? std::nullopt : std::optional(values[7]);
            row.afterSha256 = values[8].isNull() ? std::nullopt : std::optional(values[8]);
            row.prevHash = previous;
            previous = AuditTrail::rowHash(row);
            rewrite += QStringLiteral(
                           "UPDATE audit_log SET prev_hash = '%1', row_hash = '%2' WHERE seq = %3;")
                           .arg(row.prevHash, previous)
                           .arg(row.seq);
        }
        QCOMPARE(storetest::rawExec(m_file, rewrite), QString());
        QVERIFY2(verifyFile().intact, "a rebuilt chain is consistent in itself");
        const AuditReport report = verifyFile({anchor});
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBadSeq, anchor.seq);
        QVERIFY(report.problem.contains(QStringLiteral("anchor")));
    }

    void rowsCutFromTheEndAreCaughtByAnAnchor()
    {
        const AuditAnchor anchor = verifyFile().head;
        QCOMPARE(tamper(dropTriggers + QStringLiteral("DELETE FROM audit_log WHERE seq >= 4")),
                 QString());
        QVERIFY(verifyFile().intact == false); // the cases no longer match their last audit row
        const AuditReport report = verifyFile({anchor});
        QVERIFY(!report.intact);
        QCOMPARE(report.firstBadSeq, 4);
    }

    void caseChangedAroundTheStoreIsCaught()
    {
        QCOMPARE(
            tamper(QStringLiteral(
                "UPDATE cases SET requester_name = 'Someone', document = "
                "'{\"reference\":\"FOI-3\",\"request\":\"forged\"}' WHERE reference = 'FOI-3'")),
            QString());
        const AuditReport report = verifyFile();
        QVERIFY(!report.intact);
        QVERIFY2(report.problem.contains(QStringLiteral("FOI-3")), qPrintable(report.problem));
    }

    void alteredBeforeDocumentIsCaught()
    {
        QCOMPARE(tamper(QStringLiteral(
                     "DROP TRIGGER audit_snapshot_erase_only; UPDATE audit_snapshot SET body = "
                     "replace(body, 'bikes', 'trams')")),
                 QString());
        const AuditReport report = verifyFile();
        QVERIFY(!report.intact);
        QVERIFY(report.problem.contains(QStringLiteral("altered")));
    }

    void anchorsParseAndRejectNonsense()
    {
        const QString hash(64, QLatin1Char('a'));
        auto anchor = AuditAnchor::parse(QStringLiteral("12:") + hash);
        QVERIFY(anchor);
        QCOMPARE(anchor->seq, 12);
        QCOMPARE(anchor->toString(), QStringLiteral("12:") + hash);
        QCOMPARE(AuditAnchor::parse(QStringLiteral("12:abc")).error().code,
                 QString(StoreErrorCode::Invalid));
        QVERIFY(!AuditAnchor::parse(QStringLiteral("head")));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audit_trail.moc"
