#pragma once

#include "core/law/WorkingDayCalendar.h"
#include "core/services/AggregationFinder.h"

#include <QGroupBox>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace foi::core {
class CaseDocument;
class CaseQueryReader;
class CaseQueryService;
} // namespace foi::core

namespace foi::ui {

// The requests that may be aggregated with the open one for the s12 estimate (Fees Regulations
// reg 5), found in the store: each can be ticked into the estimate or out of it again. The
// store is asked again only when the requester or the date of receipt changes, on a worker
// thread with its own read-only connection (a large store takes seconds); meanwhile the panel
// says it is looking, and only the answer for what was asked last is shown.
class AggregationPanel : public QGroupBox
{
    Q_OBJECT
public:
    // Looks through a worker of `queries`; `calendar` counts the 60 working days.
    AggregationPanel(core::CaseDocument &document, const core::CaseQueryService &queries,
                     const core::WorkingDayCalendar &calendar, QWidget *parent = nullptr);
    ~AggregationPanel() override;

    void refresh();
    QListWidget *listWidget() const { return m_list; }
    // A lookup is under way: the candidates shown may not be the final ones yet.
    bool isLooking() const { return m_looking; }

signals:
    // The candidates for the case as it is now have arrived (or the lookup failed).
    void candidatesArrived();

private:
    void findCandidates();
    void arrived(const QString &key, const core::Result<QList<core::AggregationCandidate>> &found);
    void toggle(QListWidgetItem *item);

    core::CaseDocument &m_document;
    // A copy: the worker reads it while the GUI may import a new one.
    const core::WorkingDayCalendar m_calendar;
    std::unique_ptr<core::CaseQueryReader> m_reader;
    QString m_askedFor;       // what the candidates were asked for: reference, requester, date
    QString m_askedReference; // the case they were asked for
    bool m_looking = false;
    QString m_failure;
    QList<core::AggregationCandidate> m_candidates;
    QLabel *m_noteLabel = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace foi::ui
