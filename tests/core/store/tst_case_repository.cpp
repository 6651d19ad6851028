#include "tests/core/store/StoreTestSupport.h"

#include "core/support/StoreErrorCode.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace foi::core;

// Cases in the store: saving and loading, the keyset-paged list, holds, full-text search,
// similar requests, and replies kept exactly as sent.
class TestCaseRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;

    void save(const CaseRecord &record)
    {
        auto saved = m_store->cases().save(record, QStringLiteral("Jo Officer"));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().detail));
    }

    // The rows of a test run for every order of the list, both ways, over all cases and over
    // the open ones only.
    static void addEveryOrderBothWaysWithAndWithoutTheStatusFilter()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QString>("status");
        for (int order = 0; order <= static_cast<int>(CaseListOrder::ReviewStatus); ++order) {
            for (bool ascending : {false, true}) {
                for (const QString &status : {QString(), QStringLiteral("open")})
                    QTest::addRow("order %d %s %s", order, ascending ? "asc" : "desc",
                                  status.isEmpty() ? "all" : "open")
                        << order << ascending << status;
            }
        }
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store = storetest::create(m_dir.filePath(QStringLiteral("cases-%1.foistore").arg(++n)));
        QVERIFY(m_store);
    }

    void cleanup() { m_store.reset(); }

    void savedCaseLoadsBackWithItsDocumentAndColumns()
    {
        CaseRecord record =
            storetest::record(QStringLiteral("FOI-001"), QStringLiteral("Speed cameras"));
        record.dueDate = QDate(2025, 2, 3);
        record.answersText = QStringLiteral("Not held");
        save(record);
        auto loaded = m_store->cases().load(QStringLiteral("FOI-001"));
        QVERIFY(loaded);
        QCOMPARE(loaded->record.document, record.document);
        QCOMPARE(loaded->record.dueDate, QDate(2025, 2, 3));
        QCOMPARE(loaded->record.answersText, QStringLiteral("Not held"));
        QCOMPARE(loaded->record.closedOn, QDate());
        QCOMPARE(loaded->hold, CaseHold::None);
        QCOMPARE(loaded->createdAt, loaded->updatedAt);
    }

    void secondSaveUpdatesTheSameCase()
    {
        save(storetest::record(QStringLiteral("FOI-001"), QStringLiteral("first")));
        auto saved = m_store->cases().save(
            storetest::record(QStringLiteral("FOI-001"), QStringLiteral("second")),
            QStringLiteral("Jo Officer"));
        QCOMPARE(*saved, CaseRepository::SaveResult::Updated);
        QCOMPARE(*m_store->cases().count(), 1);
        QCOMPARE(m_store->cases().load(QStringLiteral("FOI-001"))->record.requestText,
                 QStringLiteral("second"));
    }

    // Issue 20 point 3: each save that changes a case raises its version by one; one that
    // changes nothing leaves it.
    void everySaveThatChangesACaseRaisesItsVersion()
    {
        save(storetest::record(QStringLiteral("FOI-001"), QStringLiteral("first")));
        QCOMPARE(m_store->cases().load(QStringLiteral("FOI-001"))->version, 1);
        CaseRecord read = m_store->cases().load(QStringLiteral("FOI-001"))->record;
        QCOMPARE(read.basedOnVersion, std::optional<qint64>(1));
        read.requestText = QStringLiteral("second");
        read.document = "{\"request\": \"second\"}";
        save(read);
        QCOMPARE(*m_store->cases().version(QStringLiteral("FOI-001")), 2);
        CaseRecord again = m_store->cases().load(QStringLiteral("FOI-001"))->record;
        QCOMPARE(*m_store->cases().save(again, QStringLiteral("Jo Officer")),
                 CaseRepository::SaveResult::Unchanged);
        QCOMPARE(*m_store->cases().version(QStringLiteral("FOI-001")), 2);
    }

    // Issue 20 point 3: two officers open version 1; the first saves (version 2); the second's
    // save, based on version 1, is refused, names who changed the case, and changes nothing.
    // Read again, the newer version is there to build on.
    void saveBasedOnAnOlderVersionIsRefusedAndChangesNothing()
    {
        save(storetest::record(QStringLiteral("FOI-001"), QStringLiteral("first")));
        CaseRecord first = m_store->cases().load(QStringLiteral("FOI-001"))->record;
        CaseRecord second = first;
        first.requestText = QStringLiteral("by Ann");
        first.document = "{\"request\": \"by Ann\"}";
        QVERIFY(m_store->cases().save(first, QStringLiteral("Ann Officer")));
        const qint64 auditHead = m_store->audit().head()->seq;
        second.requestText = QStringLiteral("by Bob");
        second.document = "{\"request\": \"by Bob\"}";
        auto refused = m_store->cases().save(second, QStringLiteral("Bob Officer"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString(StoreErrorCode::Changed));
        QVERIFY2(refused.error().message.contains(QStringLiteral("FOI-001 was changed by Ann "
                                                                 "Officer at")),
                 qPrintable(refused.error().message));
        auto stored = m_store->cases().load(QStringLiteral("FOI-001"));
        QCOMPARE(stored->record.requestText, QStringLiteral("by Ann"));
        QCOMPARE(stored->version, 2);
        QCOMPARE(m_store->audit().head()->seq, auditHead);
        CaseRecord rebased = stored->record;
        rebased.requestText = QStringLiteral("by Ann, then Bob");
        rebased.document = "{\"request\": \"by Ann, then Bob\"}";
        QVERIFY(m_store->cases().save(rebased, QStringLiteral("Bob Officer")));
        QCOMPARE(*m_store->cases().version(QStringLiteral("FOI-001")), 3);
    }

    void unknownReferenceIsNotFound()
    {
        auto loaded = m_store->cases().load(QStringLiteral("FOI-404"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, QString(StoreErrorCode::NotFound));
        QVERIFY(loaded.error().message.contains(QStringLiteral("FOI-404")));
    }

    // What the statistics read: every case file with its stored due date, in reference order,
    // until the visitor says stop.
    void eachDocumentVisitsEveryCaseInReferenceOrder()
    {
        for (const char *reference : {"FOI-003", "FOI-001", "FOI-002"}) {
            CaseRecord record =
                storetest::record(QString::fromLatin1(reference), QStringLiteral("Bins"));
            if (record.reference == QStringLiteral("FOI-002"))
                record.dueDate = QDate(2026, 3, 2);
            save(record);
        }
        QStringList seen;
        QList<QDate> dues;
        const Status all = m_store->cases().eachDocument(
            [&](const QString &reference, const QDate &storedDue, const QByteArray &document) {
                seen.append(reference);
                dues.append(storedDue);
                return !document.isEmpty();
            });
        QVERIFY(all);
        QCOMPARE(seen, (QStringList{QStringLiteral("FOI-001"), QStringLiteral("FOI-002"),
                                    QStringLiteral("FOI-003")}));
        QCOMPARE(dues.at(1), QDate(2026, 3, 2));
        QVERIFY(!dues.at(0).isValid());

        seen.clear();
        QVERIFY(m_store->cases().eachDocument(
            [&](const QString &reference, const QDate &, const QByteArray &) {
                seen.append(reference);
                return false;
            }));
        QCOMPARE(seen, QStringList{QStringLiteral("FOI-001")});
    }

    void caseListIsNewestFirstAndPagesWithoutGapsOrRepeats()
    {
        QList<CaseRecord> records;
        for (int i = 0; i < 25; ++i)
            records.append(
                storetest::record(QStringLiteral("FOI-%1").arg(i, 3, 10, QLatin1Char('0')),
                                  QStringLiteral("text"), QDate(2025, 1, 1).addDays(i / 2)));
        QVERIFY(m_store->cases().saveAll(records, QStringLiteral("Jo Officer")));
        QStringList seen;
        CaseListQuery query;
        query.limit = 10;
        QDate previous(2100, 1, 1);
        int pages = 0;
        for (;;) {
            auto page = m_store->caseList().page(query);
            QVERIFY(page);
            ++pages;
            for (const CaseSummary &summary : page->cases) {
                QVERIFY(summary.dateReceived <= previous);
                previous = summary.dateReceived;
                seen.append(summary.reference);
            }
            if (!page->next)
                break;
            query.after = page->next;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 25);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
        QCOMPARE(seen.constFirst(), QStringLiteral("FOI-024"));
    }

    void listCanBeFilteredByStatus()
    {
        CaseRecord closed = storetest::record(QStringLiteral("FOI-2"), QStringLiteral("b"));
        closed.status = QStringLiteral("closed");
        closed.closedOn = QDate(2025, 2, 1);
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("a")));
        save(closed);
        CaseListQuery query;
        query.status = QStringLiteral("closed");
        auto page = m_store->caseList().page(query);
        QCOMPARE(page->cases.size(), 1);
        QCOMPARE(page->cases.constFirst().reference, QStringLiteral("FOI-2"));
    }

    void listSortsAndFiltersInTheQueryAcrossPages()
    {
        QList<CaseRecord> records;
        for (int i = 0; i < 30; ++i) {
            CaseRecord r =
                storetest::record(QStringLiteral("FOI-%1").arg(i, 2, 10, QLatin1Char('0')),
                                  QStringLiteral("text"), QDate(2025, 1, 1).addDays(i));
            r.requesterName = i % 2 ? QStringLiteral("zed %1").arg(29 - i)
                                    : QStringLiteral("Adams %1").arg(29 - i);
            r.regime = i % 3 ? QStringLiteral("FOIA") : QStringLiteral("EIR");
            r.dueDate = QDate(2025, 2, 1).addDays(i);
            records.append(r);
        }
        QVERIFY(m_store->cases().saveAll(records, QStringLiteral("Jo Officer")));
        const auto all = [this](CaseListQuery query) {
            QStringList names;
            query.limit = 7;
            for (;;) {
                auto page = m_store->caseList().page(query);
                if (!page)
                    return QStringList{page.error().message};
                for (const CaseSummary &summary : page->cases)
                    names.append(summary.requesterName);
                if (!page->next)
                    return names;
                query.after = page->next;
            }
        };
        CaseListQuery byRequester;
        byRequester.order = CaseListOrder::Requester;
        byRequester.ascending = true;
        QStringList names = all(byRequester);
        QCOMPARE(names.size(), 30);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(names, sorted);

        CaseListQuery eirDueInFebruary;
        eirDueInFebruary.regime = QStringLiteral("EIR");
        eirDueInFebruary.dueOnOrAfter = QDate(2025, 2, 4);
        eirDueInFebruary.dueBefore = QDate(2025, 2, 20);
        eirDueInFebruary.order = CaseListOrder::DueDate;
        eirDueInFebruary.ascending = true;
        auto page = m_store->caseList().page(eirDueInFebruary);
        QVERIFY(page);
        QStringList references;
        for (const CaseSummary &summary : page->cases) {
            references.append(summary.reference);
            QVERIFY(summary.dueDate >= QDate(2025, 2, 4) && summary.dueDate < QDate(2025, 2, 20));
        }
        // EIR are i = 0, 3, 6, ...; due 1 February + i.
        QCOMPARE(references, (QStringList{QStringLiteral("FOI-03"), QStringLiteral("FOI-06"),
                                          QStringLiteral("FOI-09"), QStringLiteral("FOI-12"),
                                          QStringLiteral("FOI-15"), QStringLiteral("FOI-18")}));
    }

    // The count and the outline (every 7th row's cursor) of each order in both directions,
    // with ties in every key: a page started from an anchor is the page that paging through
    // the list reaches, and the last page read backwards from the end is the list's end.
    void outlineAnchorsEveryPageOfEachOrder_data()
    {
        addEveryOrderBothWaysWithAndWithoutTheStatusFilter();
    }

    void outlineAnchorsEveryPageOfEachOrder()
    {
        QFETCH(int, order);
        QFETCH(bool, ascending);
        QFETCH(QString, status);
        QList<CaseRecord> records;
        for (int i = 0; i < 40; ++i) {
            CaseRecord r = storetest::record(
                (i % 2 ? QStringLiteral("FOI-%1") : QStringLiteral("foi-%1")).arg(i),
                QStringLiteral("text"), QDate(2025, 1, 1 + i % 5));
            r.requesterName = i % 2 ? QStringLiteral("zed") : QStringLiteral("Adams");
            r.status = i % 4 ? QStringLiteral("open") : QStringLiteral("closed");
            r.outcome = i % 3 ? QStringLiteral("refused") : QString();
            if (i % 5)
                r.dueDate = QDate(2025, 2, 1 + i % 4);
            records.append(r);
        }
        QVERIFY(m_store->cases().saveAll(records, QStringLiteral("Jo Officer")));
        CaseListQuery query;
        query.order = static_cast<CaseListOrder>(order);
        query.ascending = ascending;
        query.status = status;
        query.limit = 7;
        QStringList paged;
        QList<QStringList> pages;
        for (CaseListQuery next = query;;) {
            auto page = m_store->caseList().page(next);
            QVERIFY(page);
            QStringList references;
            for (const CaseSummary &summary : page->cases)
                references.append(summary.reference);
            pages.append(references);
            paged += references;
            if (!page->next)
                break;
            QCOMPARE(page->next->id, page->last->id);
            next.after = page->next;
        }
        const int expected = status.isEmpty() ? 40 : 30;
        QCOMPARE(paged.size(), expected);
        QCOMPARE(QSet<QString>(paged.begin(), paged.end()).size(), expected);
        QCOMPARE(*m_store->caseList().count(query), qint64(expected));

        auto outline = m_store->caseList().outline(query, 7);
        QVERIFY(outline);
        QCOMPARE(outline->count, qint64(expected));
        QCOMPARE(outline->anchors.size(), expected / 7);
        for (int p = 1; p < pages.size(); ++p) {
            CaseListQuery seek = query;
            seek.after = outline->anchors.at(p - 1);
            auto sought = m_store->caseList().page(seek);
            QVERIFY(sought);
            QStringList references;
            for (const CaseSummary &summary : sought->cases)
                references.append(summary.reference);
            // (Joined: Qt 6.4's QCOMPARE of lists of different lengths reads past the end.)
            QCOMPARE(references.join(QLatin1Char(' ')), pages.at(p).join(QLatin1Char(' ')));
        }
        CaseListQuery backwards = query;
        backwards.ascending = !ascending;
        backwards.limit = static_cast<int>(pages.constLast().size());
        auto fromTheEnd = m_store->caseList().page(backwards);
        QVERIFY(fromTheEnd);
        QStringList end;
        for (const CaseSummary &summary : fromTheEnd->cases)
            end.prepend(summary.reference);
        QCOMPARE(end.join(QLatin1Char(' ')), pages.constLast().join(QLatin1Char(' ')));
        // A stop asked for ends the outline with its own code, not as a failure to report.
        auto stopped = m_store->caseList().outline(query, 7, [] { return true; });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, QString(StoreErrorCode::Interrupted));
    }

    // Structural, not timed: the page query of every order, in both directions, with and
    // without the status filter and after a cursor, reads a covering index and sorts nothing
    // (no temporary b-tree), so a page deep in a million cases costs what the first does.
    // After a cursor the rest of the cursor's key is sought by key and id together (statement
    // 1), not read from the start of the key up to the cursor, and the keys beyond it from the
    // next key (statement 2); with the status filter the status order has no key beyond.
    void everyOrderPagesFromACoveringIndexWithoutSorting()
    {
        const QRegularExpression restOfKey(
            QStringLiteral("1: SEARCH c USING COVERING INDEX cases_(list|open)_\\w+ \\(.*=\\? AND "
                           "id[<>]\\?\\)"));
        const QRegularExpression laterKeys(
            QStringLiteral("2: SEARCH c USING COVERING INDEX cases_(list|open)_\\w+ "
                           "\\((status=\\? AND )?[^ ]+[<>]\\?\\)"));
        for (int order = 0; order <= static_cast<int>(CaseListOrder::ReviewStatus); ++order) {
            for (bool ascending : {false, true}) {
                for (const QString &status :
                     {QString(), QStringLiteral("open"), QStringLiteral("closed")}) {
                    for (bool afterCursor : {false, true}) {
                        CaseListQuery query;
                        query.order = static_cast<CaseListOrder>(order);
                        query.ascending = ascending;
                        query.status = status;
                        if (afterCursor)
                            query.after = CaseListCursor{QStringLiteral("2025-01-01"), 10};
                        auto plan = m_store->caseList().plan(query);
                        QVERIFY(plan);
                        const QString steps = plan->join(QStringLiteral(" | "));
                        const QByteArray what =
                            QStringLiteral("order %1 %2 status '%3' %4: %5")
                                .arg(order)
                                .arg(ascending ? QStringLiteral("asc") : QStringLiteral("desc"),
                                     status,
                                     afterCursor ? QStringLiteral("after")
                                                 : QStringLiteral("first"),
                                     steps)
                                .toUtf8();
                        // The open cases, few among many closed, are read from their own
                        // partial index in the orders that do not start with the status
                        // (migration 10).
                        const bool openOnly = status == QLatin1String("open") &&
                                              query.order != CaseListOrder::DateReceived &&
                                              query.order != CaseListOrder::CaseStatus;
                        for (const QString &step : *plan)
                            QVERIFY2(step.contains(openOnly ? QStringLiteral("USING COVERING INDEX "
                                                                             "cases_open_")
                                                            : QStringLiteral("USING COVERING INDEX "
                                                                             "cases_list_")),
                                     what.constData());
                        QVERIFY2(!steps.contains(QStringLiteral("TEMP B-TREE")), what.constData());
                        if (!afterCursor) {
                            QCOMPARE(plan->size(), 1);
                            continue;
                        }
                        QVERIFY2(restOfKey.match(plan->at(0)).hasMatch(), what.constData());
                        const bool statusFixed =
                            query.order == CaseListOrder::CaseStatus && !status.isEmpty();
                        QCOMPARE(plan->size(), statusFixed ? 1 : 2);
                        if (!statusFixed)
                            QVERIFY2(laterKeys.match(plan->at(1)).hasMatch(), what.constData());
                    }
                }
            }
        }
    }

    // The review state (migration 12) is a column of every page and a filter of the store's
    // query: in every order, both ways, with and without the status filter, paging through a
    // filter gives each matching case once, in the order of the whole list, and the count and
    // the outline agree with it.
    void reviewFilterPagesEveryOrder_data()
    {
        addEveryOrderBothWaysWithAndWithoutTheStatusFilter();
    }

    void reviewFilterPagesEveryOrder()
    {
        QFETCH(int, order);
        QFETCH(bool, ascending);
        QFETCH(QString, status);
        const QList<ReviewState> states{ReviewState::NotReviewed, ReviewState::AwaitingReview,
                                        ReviewState::Returned, ReviewState::ReadyToSend,
                                        ReviewState::ApprovalOutdated};
        QList<CaseRecord> records;
        for (int i = 0; i < 45; ++i) {
            CaseRecord r = storetest::record(QStringLiteral("REV-%1").arg((i * 17) % 45),
                                             QStringLiteral("text"), QDate(2025, 1, 1 + i % 4));
            r.status = i % 7 == 3 ? QStringLiteral("closed") : QStringLiteral("open");
            r.outcome = i % 2 ? QStringLiteral("refused") : QStringLiteral("granted");
            records.append(r);
        }
        QVERIFY(m_store->cases().saveAll(records, QStringLiteral("Jo Officer")));
        // The states as the review register leaves them (its upkeep is tested below).
        QString marks;
        for (int i = 0; i < 45; ++i) {
            marks += QStringLiteral("UPDATE cases SET review_status = '%1' WHERE reference = "
                                    "'REV-%2';")
                         .arg(reviewStateCode(states.at(i % 5)))
                         .arg((i * 17) % 45);
        }
        QCOMPARE(storetest::rawExec(m_store->cases().storePath(), marks), QString());
        for (ReviewState state : states) {
            CaseListQuery query;
            query.order = static_cast<CaseListOrder>(order);
            query.ascending = ascending;
            query.status = status;
            query.limit = 1000;
            CaseListQuery filtered = query;
            filtered.review = state;
            QStringList expected;
            const auto whole = m_store->caseList().page(query);
            QVERIFY(whole);
            for (const CaseSummary &summary : whole->cases) {
                if (summary.review == state)
                    expected.append(summary.reference);
            }
            QVERIFY(!expected.isEmpty());
            filtered.limit = 4;
            QStringList paged;
            for (;;) {
                auto page = m_store->caseList().page(filtered);
                QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
                for (const CaseSummary &summary : page->cases) {
                    QCOMPARE(summary.review, state);
                    paged.append(summary.reference);
                }
                if (!page->next)
                    break;
                filtered.after = page->next;
            }
            filtered.after.reset();
            QCOMPARE(paged.join(u' '), expected.join(u' '));
            QCOMPARE(*m_store->caseList().count(filtered), qint64(expected.size()));
            auto outline = m_store->caseList().outline(filtered, 4);
            QVERIFY(outline);
            QCOMPARE(outline->count, qint64(expected.size()));
            for (qsizetype a = 0; a < outline->anchors.size(); ++a) {
                CaseListQuery seek = filtered;
                seek.after = outline->anchors.at(a);
                auto sought = m_store->caseList().page(seek);
                QVERIFY(sought);
                QCOMPARE(sought->cases.value(0).reference, expected.value((a + 1) * 4));
            }
        }
    }

    // Structural, not timed: a filter on a stage of review (few cases) seeks them in the
    // review index in every order, and sorts only those; a filter on the cases never reviewed
    // (most) reads the order's own covering index and sorts nothing; the review order reads the
    // review index and sorts nothing. No plan reads a case row.
    void reviewFilterReadsACoveringIndexInEveryOrder()
    {
        for (int order = 0; order <= static_cast<int>(CaseListOrder::ReviewStatus); ++order) {
            for (bool ascending : {false, true}) {
                for (const QString &status : {QString(), QStringLiteral("open")}) {
                    for (bool afterCursor : {false, true}) {
                        for (ReviewState state :
                             {ReviewState::NotReviewed, ReviewState::AwaitingReview,
                              ReviewState::ReadyToSend}) {
                            CaseListQuery query;
                            query.order = static_cast<CaseListOrder>(order);
                            query.ascending = ascending;
                            query.status = status;
                            query.review = state;
                            if (afterCursor)
                                query.after = CaseListCursor{QStringLiteral("2025-01-01"), 10};
                            auto plan = m_store->caseList().plan(query);
                            QVERIFY(plan);
                            const QString steps = plan->join(QStringLiteral(" | "));
                            const QByteArray what = QStringLiteral("order %1 %2 status '%3' %4: %5")
                                                        .arg(order)
                                                        .arg(ascending ? 1 : 0)
                                                        .arg(status, reviewStateCode(state), steps)
                                                        .toUtf8();
                            const bool reviewOrder = query.order == CaseListOrder::ReviewStatus;
                            const bool sought = state != ReviewState::NotReviewed || reviewOrder;
                            for (const QString &step : *plan) {
                                if (step.contains(QStringLiteral("TEMP B-TREE")))
                                    continue;
                                QVERIFY2(step.contains(QStringLiteral("USING COVERING INDEX "
                                                                      "cases_")),
                                         what.constData());
                                if (sought)
                                    QVERIFY2(step.contains(QStringLiteral("_by_review")),
                                             what.constData());
                                if (sought)
                                    QVERIFY2(step.contains(QStringLiteral("review_status=?")),
                                             what.constData());
                                else
                                    QVERIFY2(!step.contains(QStringLiteral("_by_review")),
                                             what.constData());
                            }
                            if (!sought || reviewOrder)
                                QVERIFY2(!steps.contains(QStringLiteral("TEMP B-TREE")),
                                         what.constData());
                        }
                    }
                }
            }
        }
    }

    // Issue 23 point 2 (the Welsh Language Standards: a letter in Welsh is answered in Welsh):
    // the list filters by the language of correspondence in every order, both ways, over all
    // cases and the open ones, and its pages, count and outline agree with the whole list.
    void languageFilterPagesEveryOrder_data()
    {
        addEveryOrderBothWaysWithAndWithoutTheStatusFilter();
    }

    void languageFilterPagesEveryOrder()
    {
        QFETCH(int, order);
        QFETCH(bool, ascending);
        QFETCH(QString, status);
        const QList<LetterLanguage> languages{LetterLanguage::English, LetterLanguage::Welsh,
                                              LetterLanguage::Bilingual};
        QList<CaseRecord> records;
        for (int i = 0; i < 30; ++i) {
            CaseRecord r = storetest::record(QStringLiteral("IAITH-%1").arg((i * 7) % 30),
                                             QStringLiteral("text"), QDate(2025, 1, 1 + i % 4));
            r.status = i % 5 == 2 ? QStringLiteral("closed") : QStringLiteral("open");
            r.language = languages.at(i % 3);
            records.append(r);
        }
        QVERIFY(m_store->cases().saveAll(records, QStringLiteral("Jo Officer")));
        for (LetterLanguage language : languages) {
            CaseListQuery query;
            query.order = static_cast<CaseListOrder>(order);
            query.ascending = ascending;
            query.status = status;
            query.limit = 1000;
            QStringList expected;
            const auto whole = m_store->caseList().page(query);
            QVERIFY(whole);
            for (const CaseSummary &summary : whole->cases) {
                if (summary.language == language)
                    expected.append(summary.reference);
            }
            QVERIFY(!expected.isEmpty());
            QVERIFY(expected.size() < whole->cases.size());
            CaseListQuery filtered = query;
            filtered.language = language;
            filtered.limit = 4;
            QStringList paged;
            for (;;) {
                auto page = m_store->caseList().page(filtered);
                QVERIFY2(page, qPrintable(page ? QString() : page.error().detail));
                for (const CaseSummary &summary : page->cases) {
                    QCOMPARE(summary.language, language);
                    paged.append(summary.reference);
                }
                if (!page->next)
                    break;
                filtered.after = page->next;
            }
            filtered.after.reset();
            QCOMPARE(paged.join(u' '), expected.join(u' '));
            QCOMPARE(*m_store->caseList().count(filtered), qint64(expected.size()));
            auto outline = m_store->caseList().outline(filtered, 4);
            QVERIFY(outline);
            QCOMPARE(outline->count, qint64(expected.size()));
            for (qsizetype a = 0; a < outline->anchors.size(); ++a) {
                CaseListQuery seek = filtered;
                seek.after = outline->anchors.at(a);
                auto sought = m_store->caseList().page(seek);
                QVERIFY(sought);
                QCOMPARE(sought->cases.value(0).reference, expected.value((a + 1) * 4));
            }
        }
    }

    // Structural, not timed: a page filtered by language reads its order's covering index
    // (which holds the language since migration 18) and sorts nothing, in every order, both
    // ways, with and without the status filter, first page or after a cursor; with the review
    // filter too it reads a covering index as that filter alone does. No plan reads a case row.
    void languageFilterReadsTheOrdersCoveringIndexWithoutSorting()
    {
        for (int order = 0; order <= static_cast<int>(CaseListOrder::ReviewStatus); ++order) {
            for (bool ascending : {false, true}) {
                for (const QString &status : {QString(), QStringLiteral("open")}) {
                    for (bool afterCursor : {false, true}) {
                        for (LetterLanguage language :
                             {LetterLanguage::English, LetterLanguage::Welsh,
                              LetterLanguage::Bilingual}) {
                            CaseListQuery query;
                            query.order = static_cast<CaseListOrder>(order);
                            query.ascending = ascending;
                            query.status = status;
                            query.language = language;
                            if (afterCursor)
                                query.after = CaseListCursor{QStringLiteral("2025-01-01"), 10};
                            auto plan = m_store->caseList().plan(query);
                            QVERIFY(plan);
                            const QString steps = plan->join(QStringLiteral(" | "));
                            const QByteArray what =
                                QStringLiteral("order %1 %2 status '%3' %4: %5")
                                    .arg(order)
                                    .arg(ascending ? 1 : 0)
                                    .arg(status, letterLanguageCode(language), steps)
                                    .toUtf8();
                            for (const QString &step : *plan)
                                QVERIFY2(step.contains(QStringLiteral("USING COVERING INDEX "
                                                                      "cases_")),
                                         what.constData());
                            QVERIFY2(!steps.contains(QStringLiteral("TEMP B-TREE")),
                                     what.constData());
                            query.review = ReviewState::AwaitingReview;
                            auto withReview = m_store->caseList().plan(query);
                            QVERIFY(withReview);
                            for (const QString &step : *withReview) {
                                if (!step.contains(QStringLiteral("TEMP B-TREE")))
                                    QVERIFY2(step.contains(QStringLiteral("USING COVERING INDEX "
                                                                          "cases_")),
                                             qPrintable(withReview->join(u'|')));
                            }
                        }
                    }
                }
            }
        }
    }

    // A case's language of correspondence is stored with it and changes with it.
    void languageIsSavedLoadedAndChangedWithTheCase()
    {
        CaseRecord record = storetest::record(QStringLiteral("FOI-CY"), QStringLiteral("Cerbydau"));
        record.language = LetterLanguage::Welsh;
        save(record);
        QCOMPARE(m_store->cases().load(QStringLiteral("FOI-CY"))->record.language,
                 LetterLanguage::Welsh);
        CaseListQuery welsh;
        welsh.language = LetterLanguage::Welsh;
        QCOMPARE(m_store->caseList().page(welsh)->cases.value(0).reference,
                 QStringLiteral("FOI-CY"));
        record.language = LetterLanguage::Bilingual;
        record.document += ' ';
        save(record);
        QCOMPARE(m_store->cases().load(QStringLiteral("FOI-CY"))->record.language,
                 LetterLanguage::Bilingual);
        QCOMPARE(*m_store->caseList().count(welsh), qint64(0));
        welsh.language = LetterLanguage::Bilingual;
        QCOMPARE(*m_store->caseList().count(welsh), qint64(1));
    }

    // The review register keeps each case's review state in the list in the transaction of
    // each export and decision, and a save outdates an approval (and restores it when the case
    // is back at the version approved), always agreeing with the register's own status.
    void reviewStateInTheListFollowsEachExportDecisionAndEdit()
    {
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("Drones")));
        save(storetest::record(QStringLiteral("FOI-2"), QStringLiteral("Horses")));
        const auto stateInList = [this] {
            CaseListQuery query;
            query.order = CaseListOrder::Reference;
            query.ascending = true;
            auto page = m_store->caseList().page(query);
            return page ? page->cases.value(0).review : ReviewState::NotReviewed;
        };
        const auto sha = [this] {
            return AuditTrail::sha256Hex(
                m_store->cases().load(QStringLiteral("FOI-1"))->record.document);
        };
        int bundles = 0;
        const auto exportIt = [&] {
            ReviewExportRecord exported;
            exported.reference = QStringLiteral("FOI-1");
            exported.bundleSha256 = QString::number(++bundles).repeated(64);
            exported.documentSha256 = sha();
            exported.exportedAt = QStringLiteral("2026-03-02T09:00:00Z");
            exported.exportedBy = QStringLiteral("Jo Officer");
            exported.exporterFingerprint = QStringLiteral("JO-KEY");
            const Status done = m_store->reviews().recordExport(exported);
            QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        };
        const auto decide = [&](const QString &decision) {
            ReviewDecisionRecord record;
            record.reference = QStringLiteral("FOI-1");
            record.bundleSha256 = QString::number(bundles).repeated(64);
            record.responseSha256 = (decision + QString::number(bundles)).repeated(8);
            record.caseDocumentSha256 = sha();
            record.decision = decision;
            record.reviewer = QStringLiteral("Sam Senior");
            record.reviewerFingerprint = QStringLiteral("SAM-KEY");
            record.importedBy = QStringLiteral("Jo Officer");
            record.importedAt = QStringLiteral("2026-03-02T10:00:00Z");
            const auto done = m_store->reviews().recordDecision(record);
            QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        };
        const auto agree = [&](ReviewState expected) {
            QCOMPARE(stateInList(), expected);
            QCOMPARE(m_store->reviews().status(QStringLiteral("FOI-1"))->state, expected);
        };
        agree(ReviewState::NotReviewed);
        exportIt();
        agree(ReviewState::AwaitingReview);
        decide(QStringLiteral("return"));
        agree(ReviewState::Returned);
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("Drones over the city")));
        agree(ReviewState::Returned);
        exportIt();
        agree(ReviewState::AwaitingReview);
        decide(QStringLiteral("approve"));
        agree(ReviewState::ReadyToSend);
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("Drones over the town")));
        agree(ReviewState::ApprovalOutdated);
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("Drones over the city")));
        agree(ReviewState::ReadyToSend);
        exportIt();
        agree(ReviewState::AwaitingReview);
        // The other case was never sent for review.
        CaseListQuery notReviewed;
        notReviewed.review = ReviewState::NotReviewed;
        auto page = m_store->caseList().page(notReviewed);
        QCOMPARE(page->cases.size(), 1);
        QCOMPARE(page->cases.at(0).reference, QStringLiteral("FOI-2"));
        auto report = m_store->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Ties: many cases share each key (one status for most, two outcomes, one requester
    // written three ways that compare the same, no due date for most, three dates). Paging
    // after a cursor, forwards or backwards from a page's first row, and at page sizes that
    // end inside a key and on its last row, gives exactly the slices of the whole list read
    // at once in the order's ORDER BY: no row lost, repeated or moved, whatever the seek.
    void pagesAfterACursorAreSlicesOfTheWholeOrderWhenKeysTie_data()
    {
        addEveryOrderBothWaysWithAndWithoutTheStatusFilter();
    }

    void pagesAfterACursorAreSlicesOfTheWholeOrderWhenKeysTie()
    {
        QFETCH(int, order);
        QFETCH(bool, ascending);
        QFETCH(QString, status);
        const QStringList spellings{QStringLiteral("smith"), QStringLiteral("Smith"),
                                    QStringLiteral("SMITH")};
        QList<CaseRecord> records;
        for (int i = 0; i < 61; ++i) {
            // References in an order of their own, so that no key follows the ids.
            CaseRecord r = storetest::record(
                QStringLiteral("REF-%1").arg((i * 37) % 61, 2, 10, QLatin1Char('0')),
                QStringLiteral("text"), QDate(2025, 3, 1).addDays(i % 7 == 0 ? i % 3 : 0));
            r.status = i % 9 == 4 ? QStringLiteral("closed") : QStringLiteral("open");
            r.outcome = i % 5 == 0 ? QStringLiteral("refused") : QStringLiteral("granted");
            r.requesterName = i % 11 == 0 ? QStringLiteral("Adams") : spellings.at(i % 3);
            if (i % 6 == 0)
                r.dueDate = QDate(2025, 4, 1).addDays(i % 4);
            records.append(r);
        }
        QVERIFY(m_store->cases().saveAll(records, QStringLiteral("Jo Officer")));

        CaseListQuery query;
        query.order = static_cast<CaseListOrder>(order);
        query.ascending = ascending;
        query.status = status;
        query.limit = 1000;
        const auto referencesOf = [](const CasePage &page) {
            QStringList references;
            for (const CaseSummary &summary : page.cases)
                references.append(summary.reference);
            return references;
        };
        auto whole = m_store->caseList().page(query);
        QVERIFY(whole);
        QVERIFY(!whole->next);
        const QStringList all = referencesOf(*whole);
        QCOMPARE(all.size(), status.isEmpty() ? 61 : 54);

        for (int size : {1, 4, 7, 50}) {
            query.limit = size;
            query.after.reset();
            QList<CasePage> pages;
            for (;;) {
                auto page = m_store->caseList().page(query);
                QVERIFY(page);
                const QString expected = all.mid(pages.size() * size, size).join(u' ');
                QCOMPARE(referencesOf(*page).join(u' '), expected);
                pages.append(*page);
                if (!page->next)
                    break;
                query.after = page->next;
            }
            QCOMPARE(pages.size(), (all.size() + size - 1) / size);
            // Backwards from each page's first row: the page before it, in reverse.
            for (qsizetype p = 1; p < pages.size(); ++p) {
                CaseListQuery back = query;
                back.ascending = !ascending;
                back.after = pages.at(p).first;
                auto before = m_store->caseList().page(back);
                QVERIFY(before);
                QStringList reversed = referencesOf(*before);
                std::reverse(reversed.begin(), reversed.end());
                QCOMPARE(reversed.join(u' '), all.mid((p - 1) * size, size).join(u' '));
                QCOMPARE(bool(before->next), p > 1);
            }
        }
    }

    // The aggregation lookup (Fees Regulations reg 5) finds a requester's other requests by the
    // keys saved with each case: kept in step with every save, within the dates asked for.
    void requesterKeysFollowEachSaveWithinTheDatesAsked()
    {
        CaseRecord first =
            storetest::record(QStringLiteral("FOI-1"), QStringLiteral("Drones"), QDate(2026, 3, 2));
        first.requesterKeys = {QStringLiteral("name:jo bloggs"),
                               QStringLiteral("email:jo@example.org")};
        save(first);
        CaseRecord other =
            storetest::record(QStringLiteral("FOI-2"), QStringLiteral("Tasers"), QDate(2026, 3, 9));
        other.requesterKeys = {QStringLiteral("email:jo@example.org")};
        save(other);
        CaseRecord stranger =
            storetest::record(QStringLiteral("FOI-3"), QStringLiteral("Dogs"), QDate(2026, 3, 3));
        stranger.requesterKeys = {QStringLiteral("email:someone@example.org")};
        save(stranger);
        const auto referencesWith = [this](const QString &key, const QDate &from, const QDate &to) {
            QStringList references;
            auto found = m_store->cases().receivedWithRequesterKey(key, from, to, 10);
            if (!found)
                qFatal("lookup failed: %s", qPrintable(found.error().detail));
            for (const CaseSummary &summary : std::as_const(*found))
                references.append(summary.reference);
            return references;
        };
        const QDate from(2026, 1, 1);
        const QDate to(2026, 6, 30);
        QCOMPARE(referencesWith(QStringLiteral("email:jo@example.org"), from, to),
                 (QStringList{QStringLiteral("FOI-1"), QStringLiteral("FOI-2")}));
        QCOMPARE(referencesWith(QStringLiteral("email:jo@example.org"), QDate(2026, 3, 3), to),
                 QStringList{QStringLiteral("FOI-2")});
        QCOMPARE(referencesWith(QStringLiteral("name:jo bloggs"), from, to),
                 QStringList{QStringLiteral("FOI-1")});
        QCOMPARE(m_store->cases()
                     .receivedWithRequesterKey(QStringLiteral("email:jo@example.org"), from, to, 1)
                     ->size(),
                 1);

        // A new email replaces the old keys; moving the date of receipt moves them too. (Keys
        // come from the document: a save of the same document changes nothing.)
        other = storetest::record(QStringLiteral("FOI-2"), QStringLiteral("Tasers, later"),
                                  QDate(2026, 7, 6));
        other.requesterKeys = {QStringLiteral("email:jo.bloggs@example.net")};
        save(other);
        QCOMPARE(referencesWith(QStringLiteral("email:jo@example.org"), from, to),
                 QStringList{QStringLiteral("FOI-1")});
        QCOMPARE(referencesWith(QStringLiteral("email:jo.bloggs@example.net"), from, to),
                 QStringList{});
        QCOMPARE(referencesWith(QStringLiteral("email:jo.bloggs@example.net"), from,
                                QDate(2026, 12, 31)),
                 QStringList{QStringLiteral("FOI-2")});
        other = storetest::record(QStringLiteral("FOI-2"), QStringLiteral("Tasers, erased"),
                                  QDate(2026, 7, 6));
        save(other);
        QCOMPARE(referencesWith(QStringLiteral("email:jo.bloggs@example.net"), from,
                                QDate(2026, 12, 31)),
                 QStringList{});
        // Nothing readable is kept: each key is a digest.
        QCOMPARE(storetest::rawSelect(m_store->path(),
                                      QStringLiteral("SELECT COUNT(*) FROM requester_keys "
                                                     "WHERE length(key) = 16"))
                     .value(0)
                     .value(0),
                 QStringLiteral("3"));
    }

    // One seek in the primary key of requester_keys and one row of cases per match: no range
    // of cases is read and nothing sorted, however many cases the store holds.
    void requesterLookupSeeksItsIndex()
    {
        auto plan = m_store->cases().requesterKeyPlan();
        QVERIFY(plan);
        const QString steps = plan->join(QStringLiteral(" | "));
        QVERIFY2(steps.contains(QStringLiteral(
                     "SEARCH k USING PRIMARY KEY (key=? AND date_received>? AND date_received<?)")),
                 qPrintable(steps));
        QVERIFY2(steps.contains(QStringLiteral("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)")),
                 qPrintable(steps));
        QVERIFY2(!steps.contains(QStringLiteral("SCAN")), qPrintable(steps));
        QVERIFY2(!steps.contains(QStringLiteral("TEMP B-TREE")), qPrintable(steps));
    }

    // saveAll inserts new cases several to a statement (so that FTS5 indexes them together);
    // the outcome must be what saving them one by one gives: ids and audit rows in the order
    // of the records, a case named twice created then changed, an unchanged one left alone.
    void saveAllOfManyCasesKeepsTheirOrderAndCountsEachAsOneByOne()
    {
        save(storetest::record(QStringLiteral("OLD-1"), QStringLiteral("already stored")));
        QList<CaseRecord> records;
        for (int i = 0; i < 300; ++i)
            records.append(storetest::record(QStringLiteral("MANY-%1").arg(i),
                                             QStringLiteral("bulk saved request %1").arg(i)));
        records.insert(
            100, storetest::record(QStringLiteral("OLD-1"), QStringLiteral("already stored")));
        records.insert(200, storetest::record(QStringLiteral("MANY-5"),
                                              QStringLiteral("bulk saved request changed")));
        auto saved = m_store->cases().saveAll(records, QStringLiteral("Jo Officer"));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().detail));
        QCOMPARE(saved->size(), records.size());
        QCOMPARE(saved->at(100), CaseRepository::SaveResult::Unchanged);
        QCOMPARE(saved->at(200), CaseRepository::SaveResult::Updated);
        QCOMPARE(saved->count(CaseRepository::SaveResult::Created), 300);
        QCOMPARE(*m_store->cases().count(), 301);
        QCOMPARE(m_store->audit().head()->seq, 1 + 300 + 1);
        QCOMPARE(m_store->cases().load(QStringLiteral("MANY-5"))->record.requestText,
                 QStringLiteral("bulk saved request changed"));
        qint64 lastId = 0;
        qint64 lastSeq = 0;
        for (int i = 0; i < 300; ++i) {
            const QString reference = QStringLiteral("MANY-%1").arg(i);
            const qint64 id = m_store->cases().load(reference)->id;
            QVERIFY2(id > lastId, qPrintable(reference));
            lastId = id;
            auto rows = m_store->audit().rowsFor(reference, {QStringLiteral("case")});
            QVERIFY(rows && !rows->isEmpty());
            QVERIFY2(rows->constFirst().seq > lastSeq, qPrintable(reference));
            QCOMPARE(rows->constFirst().action, QStringLiteral("create-case"));
            lastSeq = rows->constFirst().seq;
        }
        // MANY-5 was created (seq 7) and changed after MANY-198 was created.
        auto five = m_store->audit().rowsFor(QStringLiteral("MANY-5"), {QStringLiteral("case")});
        QCOMPARE(five->size(), 2);
        QCOMPARE(five->at(1).action, QStringLiteral("update-case"));
        QCOMPARE(five->at(1).seq,
                 m_store->audit()
                         .rowsFor(QStringLiteral("MANY-198"), {QStringLiteral("case")})
                         ->constFirst()
                         .seq +
                     1);
        QCOMPARE(m_store->search().search(QStringLiteral("bulk saved"), 500)->size(), 300);
        QCOMPARE(m_store->search().search(QStringLiteral("MANY-299"), 5)->size(), 1);
        auto report = m_store->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
        QVERIFY(m_store->cases().firstCaseDifferingFromAudit()->isEmpty());
    }

    // CaseStore::transaction(): the saves inside it are kept together or not at all; a save
    // that fails inside it makes the whole of it roll back.
    void savesInsideAStoreTransactionAreKeptTogetherOrNotAtAll()
    {
        const QString officer = QStringLiteral("Jo Officer");
        {
            WriteTransaction transaction = m_store->transaction();
            QVERIFY(transaction.begin());
            QVERIFY(m_store->cases().save(
                storetest::record(QStringLiteral("T-1"), QStringLiteral("dropped")), officer));
            QCOMPARE(*m_store->cases().count(), 1);
        } // destroyed without commit()
        QCOMPARE(*m_store->cases().count(), 0);
        QCOMPARE(m_store->audit().head()->seq, 0);
        QVERIFY(m_store->search().search(QStringLiteral("dropped"), 5)->isEmpty());

        {
            WriteTransaction transaction = m_store->transaction();
            QVERIFY(transaction.begin());
            QVERIFY(m_store->cases().save(
                storetest::record(QStringLiteral("T-1"), QStringLiteral("first")), officer));
            CaseRecord invalid = storetest::record(QStringLiteral("T-3"), QStringLiteral("bad"));
            invalid.dateReceived = QDate();
            QVERIFY(!m_store->cases().saveAll(
                {storetest::record(QStringLiteral("T-2"), QStringLiteral("second")), invalid},
                officer));
            const Status committed = transaction.commit();
            QVERIFY(!committed);
            QVERIFY(committed.error().message.contains(QStringLiteral("none of it was saved")));
        }
        QCOMPARE(*m_store->cases().count(), 0);
        QCOMPARE(m_store->audit().head()->seq, 0);

        WriteTransaction transaction = m_store->transaction();
        QVERIFY(transaction.begin());
        QVERIFY(m_store->cases().save(
            storetest::record(QStringLiteral("T-1"), QStringLiteral("kept")), officer));
        QVERIFY(m_store->cases().save(
            storetest::record(QStringLiteral("T-2"), QStringLiteral("kept too")), officer));
        QVERIFY(transaction.commit());
        QCOMPARE(*m_store->cases().count(), 2);
        QCOMPARE(m_store->audit().head()->seq, 2);
        auto report = m_store->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
        // And the connection is back to transactions of their own afterwards.
        save(storetest::record(QStringLiteral("T-4"), QStringLiteral("after")));
        QCOMPARE(*m_store->cases().count(), 3);
    }

    void holdIsKeptAndAudited()
    {
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("a")));
        QVERIFY(m_store->cases().setHold(QStringLiteral("FOI-1"),
                                         CaseHold::CommissionerInvestigation,
                                         QStringLiteral("Jo Officer")));
        QCOMPARE(m_store->cases().load(QStringLiteral("FOI-1"))->hold,
                 CaseHold::CommissionerInvestigation);
        QCOMPARE(m_store->audit().head()->seq, 2);
        auto report = m_store->verify();
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    // Found by the crash harness: releasing a hold bound NULL to the NOT NULL hold column.
    void holdCanBeReleased()
    {
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("a")));
        QVERIFY(m_store->cases().setHold(QStringLiteral("FOI-1"), CaseHold::TribunalAppeal,
                                         QStringLiteral("Jo Officer")));
        const Status released = m_store->cases().setHold(QStringLiteral("FOI-1"), CaseHold::None,
                                                         QStringLiteral("Jo Officer"));
        QVERIFY2(released.ok(), released.ok() ? "" : qPrintable(released.error().detail));
        QCOMPARE(m_store->cases().load(QStringLiteral("FOI-1"))->hold, CaseHold::None);
        QCOMPARE(m_store->audit().head()->seq, 3);
    }

    void searchFindsEveryWordRankedAndPrefixesTheLast()
    {
        save(storetest::record(QStringLiteral("FOI-1"),
                               QStringLiteral("Facial recognition cameras in the city centre")));
        save(storetest::record(QStringLiteral("FOI-2"),
                               QStringLiteral("Number of cameras on motorways")));
        save(storetest::record(QStringLiteral("FOI-3"),
                               QStringLiteral("Dog bites reported in 2024")));
        auto found = m_store->search().search(QStringLiteral("cameras"), 10);
        QCOMPARE(found->size(), 2);
        found = m_store->search().search(QStringLiteral("facial recog"), 10);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->constFirst().reference, QStringLiteral("FOI-1"));
        found = m_store->search().search(QStringLiteral("FOI-3"), 10);
        QCOMPARE(found->constFirst().reference, QStringLiteral("FOI-3"));
        found = m_store->search().search(QStringLiteral("camera"), 10); // stemmed: finds "cameras"
        QCOMPARE(found->size(), 2);
    }

    void searchFindsAWordTypedPastItsStem()
    {
        // The index holds Porter stems ("recruitment" as "recruit"); a word typed so far that
        // runs past the stem must still find the whole word while the officer types it.
        save(storetest::record(QStringLiteral("FOI-1"),
                               QStringLiteral("Recruitment of special constables")));
        save(storetest::record(QStringLiteral("FOI-2"),
                               QStringLiteral("Covert surveillance authorisations")));
        save(storetest::record(QStringLiteral("FOI-3"),
                               QStringLiteral("Next generation body cameras")));
        for (const char *typed : {"recruitm", "recruitme", "recruitmen", "recruitment"}) {
            auto found = m_store->search().search(QString::fromLatin1(typed), 10);
            QVERIFY2(found && found->size() == 1, typed);
            QCOMPARE(found->constFirst().reference, QStringLiteral("FOI-1"));
        }
        for (const char *typed : {"covert surveillan", "surveillanc", "SURVEILLAN"}) {
            auto found = m_store->search().search(QString::fromLatin1(typed), 10);
            QVERIFY2(found && found->size() == 1, typed);
            QCOMPARE(found->constFirst().reference, QStringLiteral("FOI-2"));
        }
        auto found = m_store->search().search(QStringLiteral("body generati"), 10);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->constFirst().reference, QStringLiteral("FOI-3"));
        // A completion is a guess at a whole word; a guess that is no word finds nothing.
        QCOMPARE(m_store->search().search(QStringLiteral("recruitx"), 10)->size(), 0);
        QCOMPARE(m_store->search().search(QStringLiteral("constables recruitm"), 10)->size(), 1);
    }

    // Issue 24, point 11: the search finds the reasons given (claims, harm, public interest)
    // and the requester's email address, whole or in part, as officers type them; an update
    // and an erasure of the requester take the address out of the index.
    void searchFindsTheReasonsGivenAndTheRequestersEmail()
    {
        CaseRecord record = storetest::record(QStringLiteral("FOI-1"), QStringLiteral("Cameras"));
        record.reasonsText = QStringLiteral("Covert tactics would be revealed\nThe public "
                                            "interest in national security is strong");
        record.requesterEmail = QStringLiteral("jo.bloggs@example.org");
        save(record);
        save(storetest::record(QStringLiteral("FOI-2"), QStringLiteral("Horses")));
        for (const char *typed : {"covert", "national security", "jo.bloggs@",
                                  "jo.bloggs@example.org", "example.org", "bloggs"}) {
            auto found = m_store->search().search(QString::fromLatin1(typed), 10);
            QVERIFY2(found && found->size() == 1, typed);
            QCOMPARE(found->constFirst().reference, QStringLiteral("FOI-1"));
        }
        record.requesterEmail = QStringLiteral("someone@elsewhere.net");
        record.document.append(' '); // a changed case file (an unchanged one is not saved)
        save(record);
        QCOMPARE(m_store->search().search(QStringLiteral("jo.bloggs@"), 10)->size(), 0);
        QCOMPARE(m_store->search().search(QStringLiteral("elsewhere.net"), 10)->size(), 1);
    }

    void searchSurvivesQuerySyntaxInWhatWasTyped()
    {
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("Tasers AND body cameras")));
        for (const char *typed :
             {"\"unbalanced", "NEAR(", "a OR", "*", "body:cameras", "-", "^x"}) {
            auto found = m_store->search().search(QString::fromLatin1(typed), 10);
            QVERIFY2(found, typed);
        }
        QCOMPARE(m_store->search().search(QStringLiteral("   "), 10)->size(), 0);
    }

    void searchFollowsAnUpdate()
    {
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("horses")));
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("helicopters")));
        QCOMPARE(m_store->search().search(QStringLiteral("horses"), 10)->size(), 0);
        QCOMPARE(m_store->search().search(QStringLiteral("helicopters"), 10)->size(), 1);
    }

    // Issue 23 point 5: the words of a case in Welsh or both languages are indexed as written
    // (no English stemmer), English cases' words stemmed as before; a search looks in both
    // and finds a Welsh word typed as the dictionary gives it in its mutated forms too
    // (WelshMutations: soft, nasal, aspirate), a mutated form typed only as itself. Each row is
    // a line of docs/case-store.md, "Searching Welsh".
    void searchFindsWelshAsWrittenAndEnglishStemmed_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        const auto row = [](const char *name, const QString &typed, const QStringList &found) {
            QTest::newRow(name) << typed << found;
        };
        row("English stemmed: vehicles finds vehicle", QStringLiteral("vehicles"),
            {QStringLiteral("EN-1"), QStringLiteral("EN-2")});
        row("English stemmed: police officer finds officers", QStringLiteral("police officer"),
            {QStringLiteral("EN-1")});
        row("English prefix past the stem: recruitm", QStringLiteral("recruitm"),
            {QStringLiteral("EN-2")});
        row("Welsh radical finds every mutation", QStringLiteral("cerbydau"),
            {QStringLiteral("CY-1"), QStringLiteral("CY-2"), QStringLiteral("CY-3"),
             QStringLiteral("CY-4")});
        row("Welsh radical as a whole word finds every mutation", QStringLiteral("cerbydau trydan"),
            {QStringLiteral("CY-2")});
        row("Welsh prefix finds every mutation", QStringLiteral("cerb"),
            {QStringLiteral("CY-1"), QStringLiteral("CY-2"), QStringLiteral("CY-3"),
             QStringLiteral("CY-4")});
        row("soft mutation typed finds itself only", QStringLiteral("gerbydau"),
            {QStringLiteral("CY-1")});
        row("nasal mutation typed finds itself only", QStringLiteral("ngherbydau"),
            {QStringLiteral("CY-3")});
        row("p: soft b, nasal mh, aspirate ph", QStringLiteral("pen"), {QStringLiteral("CY-5")});
        row("ll: soft l", QStringLiteral("llyfrau"), {QStringLiteral("CY-6")});
        row("g: soft drops the g", QStringLiteral("gwybodaeth"),
            {QStringLiteral("CY-6"), QStringLiteral("CY-7")});
        row("Welsh not stemmed: pla does not find plas", QStringLiteral("pla costau"),
            QStringList{});
        row("Welsh whole word: plas", QStringLiteral("plas costau"), {QStringLiteral("CY-7")});
        row("accents folded: ty finds tŷ", QStringLiteral("ty"), {QStringLiteral("CY-5")});
        row("h before a vowel not expanded: enw", QStringLiteral("enw swyddog"), QStringList{});
        row("h before a vowel typed: henw", QStringLiteral("henw swyddog"),
            {QStringLiteral("CY-7")});
        row("bilingual English words not stemmed", QStringLiteral("budgets"),
            {QStringLiteral("EN-2")});
        row("bilingual English word as a prefix", QStringLiteral("budget"),
            {QStringLiteral("BI-1"), QStringLiteral("EN-2")});
        row("both indexes ranked together", QStringLiteral("police vehicle"),
            {QStringLiteral("BI-1"), QStringLiteral("EN-1")});
    }

    void searchFindsWelshAsWrittenAndEnglishStemmed()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        struct Text
        {
            const char *reference;
            const char *text;
            LetterLanguage language;
        };
        const Text texts[] = {
            {"EN-1", "Number of police vehicles driven by officers", LetterLanguage::English},
            {"EN-2", "The recruitment budget for the vehicle fleet", LetterLanguage::English},
            {"CY-1", "Faint o gerbydau sydd gan yr heddlu", LetterLanguage::Welsh},
            {"CY-2", "Rhestr o'r cerbydau trydan", LetterLanguage::Welsh},
            {"CY-3", "Manylion fy ngherbydau", LetterLanguage::Welsh},
            {"CY-4", "Ei cherbydau hi", LetterLanguage::Welsh},
            {"CY-5", "Ei phen a'i ben ym mhen y tŷ", LetterLanguage::Welsh},
            {"CY-6", "Rhestr o lyfrau a wybodaeth", LetterLanguage::Welsh},
            {"CY-7", "Costau'r plas: gwybodaeth am ei henw a'i swyddog", LetterLanguage::Welsh},
            {"BI-1", "Cyllideb yr heddlu / The police budget for each vehicle",
             LetterLanguage::Bilingual},
        };
        QList<CaseRecord> records;
        for (const Text &text : texts) {
            CaseRecord record = storetest::record(QString::fromLatin1(text.reference),
                                                  QString::fromUtf8(text.text));
            record.questionsText.clear();
            record.requesterName = QStringLiteral("A Requester");
            record.language = text.language;
            records.append(record);
        }
        QVERIFY(m_store->cases().saveAll(records, QStringLiteral("Jo Officer")));
        auto results = m_store->search().search(typed, 50);
        QVERIFY2(results, qPrintable(results ? QString() : results.error().detail));
        QStringList references;
        for (const CaseSummary &summary : *results)
            references.append(summary.reference);
        references.sort();
        QCOMPARE(references, found);
    }

    // The English stemmer never sees a Welsh case's words: they are in case_index_cy only, as
    // written ("plas", mansion, which Porter's rules would index as "pla", plague), and a case
    // moves between the indexes when its language changes.
    void welshCasesAreInTheirOwnIndexOnly()
    {
        CaseRecord record =
            storetest::record(QStringLiteral("CY-1"), QStringLiteral("Costau'r plas"));
        record.language = LetterLanguage::Welsh;
        save(record);
        const auto matches = [this](const QString &index, const QString &word) {
            return storetest::rawSelect(m_store->path(),
                                        QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH "
                                                       "'\"%2\"'")
                                            .arg(index, word))
                .value(0)
                .value(0);
        };
        QCOMPARE(matches(QStringLiteral("case_index"), QStringLiteral("plas")),
                 QStringLiteral("0"));
        QCOMPARE(matches(QStringLiteral("case_index_cy"), QStringLiteral("plas")),
                 QStringLiteral("1"));
        QCOMPARE(matches(QStringLiteral("case_index_cy"), QStringLiteral("pla")),
                 QStringLiteral("0"));
        record.language = LetterLanguage::English;
        record.document += ' ';
        save(record);
        QCOMPARE(matches(QStringLiteral("case_index"), QStringLiteral("plas")),
                 QStringLiteral("1"));
        QCOMPARE(matches(QStringLiteral("case_index"), QStringLiteral("pla")), QStringLiteral("1"));
        QCOMPARE(matches(QStringLiteral("case_index_cy"), QStringLiteral("plas")),
                 QStringLiteral("0"));
        record.language = LetterLanguage::Bilingual;
        record.document += ' ';
        save(record);
        QCOMPARE(matches(QStringLiteral("case_index"), QStringLiteral("plas")),
                 QStringLiteral("0"));
        QCOMPARE(matches(QStringLiteral("case_index_cy"), QStringLiteral("plas")),
                 QStringLiteral("1"));
        QVERIFY(m_store->cases().deleteCreatedInError(
            QStringLiteral("CY-1"), QStringLiteral("logged twice"), QStringLiteral("Jo Officer")));
        QCOMPARE(matches(QStringLiteral("case_index_cy"), QStringLiteral("plas")),
                 QStringLiteral("0"));
    }

    void similarRequestsAreEarlierCasesWithTheirOutcome()
    {
        CaseRecord earlier = storetest::record(
            QStringLiteral("FOI-1"),
            QStringLiteral("Does the force use facial recognition technology?"), QDate(2024, 5, 1));
        earlier.outcome = QStringLiteral("neither-confirm-nor-deny");
        save(earlier);
        save(storetest::record(QStringLiteral("FOI-2"),
                               QStringLiteral("Parking fines issued in 2023"), QDate(2024, 6, 1)));
        save(storetest::record(QStringLiteral("FOI-3"),
                               QStringLiteral("Facial recognition technology deployments"),
                               QDate(2025, 3, 1)));
        save(storetest::record(QStringLiteral("FOI-4"),
                               QStringLiteral("Live facial recognition vans"), QDate(2025, 9, 1)));
        auto similar = m_store->search().similarTo(QStringLiteral("FOI-3"), 5);
        QVERIFY(similar);
        QCOMPARE(similar->size(), 1);
        QCOMPARE(similar->constFirst().reference, QStringLiteral("FOI-1"));
        QCOMPARE(similar->constFirst().outcome, QStringLiteral("neither-confirm-nor-deny"));
        QCOMPARE(m_store->search().similarTo(QStringLiteral("FOI-9"), 5).error().code,
                 QString(StoreErrorCode::NotFound));
    }

    void sentReplyIsKeptExactlyWithItsHashAndTheAuditHead()
    {
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("a")));
        const QByteArray letter("%PDF-1.4 the reply as sent\n\x00\x01\x02", 30);
        auto sent = m_store->replies().record(
            QStringLiteral("FOI-1"), letter, QStringLiteral("FOI-1-reply.pdf"),
            QStringLiteral("application/pdf"), QStringLiteral("Jo Officer"));
        QVERIFY(sent);
        QCOMPARE(sent->sha256, AuditTrail::sha256Hex(letter));
        QCOMPARE(sent->auditHead.seq, 2);
        QCOMPARE(*m_store->replies().content(sent->id), letter);
        auto replies = m_store->replies().repliesTo(QStringLiteral("FOI-1"));
        QCOMPARE(replies->size(), 1);
        QCOMPARE(replies->constFirst().size, letter.size());
        auto report = m_store->verify({sent->auditHead});
        QVERIFY2(report->intact, qPrintable(report->problem));
    }

    void sentReplyCannotBeChangedAndATamperedOneIsNoticed()
    {
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("a")));
        auto sent = m_store->replies().record(
            QStringLiteral("FOI-1"), "letter", QStringLiteral("r.pdf"),
            QStringLiteral("application/pdf"), QStringLiteral("Jo Officer"));
        QVERIFY(sent);
        const QString file = m_store->path();
        m_store.reset();
        QVERIFY(
            !storetest::rawExec(file, QStringLiteral("UPDATE sent_replies SET content = 'forged'"))
                 .isEmpty());
        QVERIFY(!storetest::rawExec(file, QStringLiteral("DELETE FROM sent_replies")).isEmpty());
        QCOMPARE(
            storetest::rawExec(file, QStringLiteral("DROP TRIGGER sent_replies_erase_only; "
                                                    "UPDATE sent_replies SET content = 'forged'")),
            QString());
        m_store =
            std::move(CaseStore::open(file, CaseStore::OpenMode::ReadWrite, storetest::options()))
                .value();
        auto content = m_store->replies().content(sent->id);
        QVERIFY(!content);
        QCOMPARE(content.error().code, QString(StoreErrorCode::Corrupt));
    }

    void attachmentsKeepTheirHashAndAreAudited()
    {
        save(storetest::record(QStringLiteral("FOI-1"), QStringLiteral("a")));
        const QByteArray sheet("ward,count\nA,3\n");
        auto added = m_store->attachments().add(
            QStringLiteral("FOI-1"), QStringLiteral("figures.csv"), QStringLiteral("text/csv"),
            sheet, AttachmentKind::SearchEvidence, QStringLiteral("Jo Officer"));
        QVERIFY(added);
        auto listed = m_store->attachments().attachmentsOf(QStringLiteral("FOI-1"));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->constFirst().sha256, AuditTrail::sha256Hex(sheet));
        QCOMPARE(listed->constFirst().size, sheet.size());
        QCOMPARE(listed->constFirst().addedBy, QStringLiteral("Jo Officer"));
        QCOMPARE(listed->constFirst().kind, AttachmentKind::SearchEvidence);
        QCOMPARE(m_store->audit().head()->seq, 2);
        QCOMPARE(m_store->attachments()
                     .add(QStringLiteral("FOI-9"), QStringLiteral("x"),
                          QStringLiteral("text/plain"), "x", AttachmentKind::Other,
                          QStringLiteral("Jo Officer"))
                     .error()
                     .code,
                 QString(StoreErrorCode::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_case_repository.moc"
