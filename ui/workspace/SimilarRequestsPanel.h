#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace foi::core {
class CaseQueryService;
}

namespace foi::ui {

// Earlier cases worded like the open one, with what was decided in them, beside the Request
// step: so that the same kind of request gets the same answer (and a round robin or a
// repeated request is spotted). Activating one asks to open it.
class SimilarRequestsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int limit = 8;

    explicit SimilarRequestsPanel(core::CaseQueryService &queries, QWidget *parent = nullptr);

    // Looks for cases like the stored case `reference`.
    void showSimilarTo(const QString &reference);

signals:
    void openCaseRequested(const QString &reference);

private:
    core::CaseQueryService &m_queries;
    QLabel *m_titleLabel = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace foi::ui
