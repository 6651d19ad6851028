#include "ui/findings/FindingsPanel.h"

#include "core/rules/CaseChecker.h"
#include "core/services/CaseDocument.h"
#include "core/services/CaseTimetable.h"
#include "core/services/PublicInterestLibrary.h"
#include "ui/models/FindingListModel.h"
#include "ui/widgets/Labels.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace foi::ui {

namespace {

// Wraps a finding's message to the width of the list, however narrow the panel, instead of
// cutting it off with "…": each row is as high as its wrapped text. The width does not depend
// on whether the scroll bar is shown, so showing it never changes the rows' heights.
class WrappedFindingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappedFindingDelegate(QListView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem wrapped = option;
        initStyleOption(&wrapped, index);
        wrapped.features |= QStyleOptionViewItem::WrapText;
        wrapped.textElideMode = Qt::ElideNone;
        const int width = rowWidth();
        wrapped.rect = QRect(0, 0, width, 1);
        const QWidget *widget = wrapped.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &wrapped, QSize(), widget);
        size.setWidth(width);
        return size;
    }

private:
    int rowWidth() const
    {
        const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                           m_view->verticalScrollBar());
        return std::max(1, m_view->width() - 2 * m_view->frameWidth() - scrollBar -
                               2 * m_view->spacing());
    }

    QListView *m_view;
};

} // namespace

FindingsPanel::FindingsPanel(core::CaseDocument &document, const core::CaseChecker &checker,
                             const core::WorkingDayCalendar &calendar, const core::Clock &clock,
                             QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_checker(checker)
    , m_calendar(calendar)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_model = new FindingListModel(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("findingsSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_listView = new QListView(this);
    m_listView->setObjectName(QStringLiteral("findingsListView"));
    m_listView->setAccessibleName(tr("Findings"));
    m_listView->setAccessibleDescription(tr("Press Enter on a finding to go to its field"));
    m_listView->setModel(m_model);
    m_listView->setWordWrap(true);
    m_listView->setTextElideMode(Qt::ElideNone);
    m_listView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_listView->setResizeMode(QListView::Adjust); // rows are wrapped again to a new width
    m_listView->setItemDelegate(new WrappedFindingDelegate(m_listView));
    m_listView->setSpacing(3);
    m_listView->setAlternatingRowColors(true);

    // Wide enough for a few words a line, however small the window.
    setMinimumWidth(fontMetrics().averageCharWidth() * 24);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_listView, 1);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(debounceMs);
    connect(m_timer, &QTimer::timeout, this, &FindingsPanel::checkNow);
    connect(&m_document, &core::CaseDocument::changed, m_timer, qOverload<>(&QTimer::start));
    // Another case (a new request, one opened from the list) is checked at once: the findings
    // of the case before must not linger for the debounce delay.
    connect(&m_document, &core::CaseDocument::replaced, this, &FindingsPanel::checkNow);
    const auto activate = [this](const QModelIndex &index) {
        emit locatorActivated(index.data(FindingListModel::LocatorRole).toString());
    };
    connect(m_listView, &QListView::clicked, this, activate);
    connect(m_listView, &QListView::activated, this, activate);
    checkNow();
}

void FindingsPanel::addSection(QWidget *section)
{
    static_cast<QVBoxLayout *>(layout())->addWidget(section, 1);
}

void FindingsPanel::checkNow()
{
    m_timer->stop();
    const core::Case &theCase = m_document.current();
    core::CheckContext context;
    context.today = m_clock.today();
    if (const auto deadline = core::CaseTimetable::of(theCase, m_calendar))
        context.dueDate = deadline->due;
    if (m_factors)
        context.libraryFactors = m_factors->factors();
    m_model->setFindings(m_checker.check(theCase, context));

    int errors = 0;
    for (const core::Finding &finding : m_model->findings())
        errors += finding.severity == core::Severity::Error ? 1 : 0;
    const int warnings = static_cast<int>(m_model->findings().size()) - errors;
    m_summaryLabel->setText(
        m_model->findings().isEmpty()
            ? tr("Clean check: nothing in this case breaks the rules the workbench knows.")
            : tr("%1 and %2. Click one to go to the field.")
                  .arg(errors == 1 ? tr("%n error", nullptr, errors)
                                   : tr("%n errors", nullptr, errors),
                       warnings == 1 ? tr("%n warning", nullptr, warnings)
                                     : tr("%n warnings", nullptr, warnings)));
}

} // namespace foi::ui
