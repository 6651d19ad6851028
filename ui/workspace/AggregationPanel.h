#pragma once

#include "services/AggregationFinder.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace foi::core {
class CaseDocument;
}

namespace foi::ui {

// The requests that may be aggregated with the open one for the s12 estimate (Fees Regulations
// reg 5), found in the store: each can be ticked into the estimate or out of it again. The
// store is asked again only when the requester or the date of receipt changes.
class AggregationPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit AggregationPanel(core::CaseDocument &document, QWidget *parent = nullptr);

    void setFinder(core::AggregationFinder *finder);
    void refresh();
    QListWidget *listWidget() const { return m_list; }

private:
    void findCandidates();
    void toggle(QListWidgetItem *item);

    core::CaseDocument &m_document;
    core::AggregationFinder *m_finder = nullptr;
    QString m_askedFor; // what the candidates were found for: reference, requester, date
    QList<core::AggregationCandidate> m_candidates;
    QLabel *m_noteLabel = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace foi::ui
