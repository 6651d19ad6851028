#include "ui/caselist/CaseListView.h"

#include "ui/models/CaseListModel.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

#include <utility>

namespace foi::ui {

CaseListView::CaseListView(CaseListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("caseListView"));
    // Files dropped anywhere on the list (emails saved from a mail program) are handed on.
    setAcceptDrops(true);
    createWidgets();
    layOut();
    connectFilters();
}

namespace {

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data)
        return paths;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    return paths;
}

} // namespace

void CaseListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CaseListView::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(paths);
}

void CaseListView::createWidgets()
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("caseSearchEdit"));
    m_searchEdit->setAccessibleName(tr("Search cases"));
    m_searchEdit->setPlaceholderText(tr("Search references, requesters and request text (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusCombo->setAccessibleName(tr("Status"));
    m_statusCombo->addItem(tr("Open cases"), QStringLiteral("open"));
    m_statusCombo->addItem(tr("Closed cases"), QStringLiteral("closed"));
    m_statusCombo->addItem(tr("All cases"), QString());

    m_regimeCombo = new QComboBox(this);
    m_regimeCombo->setObjectName(QStringLiteral("regimeFilterCombo"));
    m_regimeCombo->setAccessibleName(tr("Regime"));
    m_regimeCombo->addItem(tr("FOIA and EIR"), -1);
    m_regimeCombo->addItem(tr("FOIA only"), static_cast<int>(core::Regime::Foia));
    m_regimeCombo->addItem(tr("EIR only"), static_cast<int>(core::Regime::Eir));

    m_dueCombo = new QComboBox(this);
    m_dueCombo->setObjectName(QStringLiteral("dueFilterCombo"));
    m_dueCombo->setAccessibleName(tr("Due"));
    m_dueCombo->addItem(tr("Any due date"), static_cast<int>(CaseListModel::DueWindow::Any));
    m_dueCombo->addItem(tr("Overdue"), static_cast<int>(CaseListModel::DueWindow::Overdue));
    m_dueCombo->addItem(tr("Due within %n working days", nullptr, CaseListModel::dueSoonDays),
                        static_cast<int>(CaseListModel::DueWindow::DueSoon));

    m_reviewCombo = new QComboBox(this);
    m_reviewCombo->setObjectName(QStringLiteral("reviewFilterCombo"));
    m_reviewCombo->setAccessibleName(tr("Review"));
    m_reviewCombo->addItem(tr("Any review stage"), -1);
    m_reviewCombo->addItem(tr("Not sent for review"),
                           static_cast<int>(core::ReviewState::NotReviewed));
    for (core::ReviewState state :
         {core::ReviewState::AwaitingReview, core::ReviewState::Returned,
          core::ReviewState::ReadyToSend, core::ReviewState::ApprovalOutdated})
        m_reviewCombo->addItem(CaseListModel::reviewText(state), static_cast<int>(state));

    // The language the requester writes in (Welsh Language Standards): Welsh in its own name.
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageFilterCombo"));
    m_languageCombo->setAccessibleName(tr("Language of correspondence"));
    m_languageCombo->addItem(tr("Any language"), -1);
    m_languageCombo->addItem(tr("English"), static_cast<int>(core::LetterLanguage::English));
    m_languageCombo->addItem(tr("Welsh (Cymraeg)"), static_cast<int>(core::LetterLanguage::Welsh));
    m_languageCombo->addItem(tr("Bilingual"), static_cast<int>(core::LetterLanguage::Bilingual));

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("caseTableView"));
    m_tableView->setAccessibleName(tr("Cases"));
    m_tableView->setModel(&m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setTabKeyNavigation(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Widths from the rows in view only: by default the header would read up to 1,000 rows
    // (five pages) to size its columns after every jump.
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(CaseListModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(CaseListModel::Requester, QHeaderView::Stretch);
    header->setSectionResizeMode(CaseListModel::Outcome, QHeaderView::Stretch);
    // The store sorts (CaseListModel::sort): newest received first until a header is clicked.
    header->setSortIndicator(CaseListModel::Received, Qt::DescendingOrder);
    m_tableView->setSortingEnabled(true);
    // The title has no order of its own (CaseListModel::sort keeps the list as it is): the
    // indicator goes back to the order the list is in.
    auto sortedBy = std::make_shared<std::pair<int, Qt::SortOrder>>(int(CaseListModel::Received),
                                                                    Qt::DescendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [header, sortedBy](int section, Qt::SortOrder order) {
                if (section != CaseListModel::Title) {
                    *sortedBy = {section, order};
                    return;
                }
                const QSignalBlocker quiet(header);
                header->setSortIndicator(sortedBy->first, sortedBy->second);
            });

    // How many cases the list holds, or that a search is running: quiet text beside the filters.
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("caseListStatusLabel"));
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_statusLabel->setMinimumWidth(
        m_statusLabel->fontMetrics().horizontalAdvance(tr("%Ln cases", nullptr, 9999999)));
    m_statusLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // A search runs off the GUI thread and a keystroke interrupts the one before, so a short
    // pause is enough.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(100);
}

void CaseListView::layOut()
{
    // The search, the language filter and the count on one row, the four other filters under
    // it: one row of all of them would not fit a small (800 px) window, nor would the five
    // filters on one.
    auto *search = new QHBoxLayout;
    search->addWidget(m_searchEdit, 1);
    search->addWidget(m_languageCombo);
    search->addWidget(m_statusLabel);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_regimeCombo);
    filters->addWidget(m_dueCombo);
    filters->addWidget(m_reviewCombo);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addLayout(filters);
    layout->addWidget(m_tableView, 1);
}

void CaseListView::connectFilters()
{
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model.setSearchText(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model.setSearchText(m_searchEdit->text());
        m_tableView->setFocus();
        // The results may still be on their way: select the first once they are in.
        m_selectFirstResult = m_model.isSearching();
        if (!m_selectFirstResult && m_model.rowCount() > 0)
            m_tableView->selectRow(0);
    });
    connect(&m_model, &CaseListModel::searchingChanged, this, [this](bool searching) {
        showStatus();
        if (!searching && std::exchange(m_selectFirstResult, false) && m_model.rowCount() > 0)
            m_tableView->selectRow(0);
    });
    connect(&m_model, &CaseListModel::countChanged, this, &CaseListView::showStatus);
    // The current case stays current when the list is read again, if it is among the rows read.
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_currentReference =
            m_tableView->currentIndex().data(CaseListModel::ReferenceRole).toString();
    });
    // Otherwise the first row is current (not selected): with no current row, QTableView
    // takes the first key press (Ctrl+End too) to mean "go to the first row".
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_currentReference.isEmpty() ? -1 : m_model.rowOf(m_currentReference);
        if (row >= 0)
            m_tableView->setCurrentIndex(m_model.index(row, 0));
        else if (m_model.rowCount() > 0)
            m_tableView->selectionModel()->setCurrentIndex(m_model.index(0, 0),
                                                           QItemSelectionModel::NoUpdate);
    });
    connect(m_statusCombo, &QComboBox::activated, this,
            [this] { m_model.setStatusFilter(m_statusCombo->currentData().toString()); });
    connect(m_regimeCombo, &QComboBox::activated, this, [this] {
        const int regime = m_regimeCombo->currentData().toInt();
        m_model.setRegimeFilter(regime < 0 ? std::nullopt
                                           : std::optional(static_cast<core::Regime>(regime)));
    });
    connect(m_dueCombo, &QComboBox::activated, this, [this] {
        m_model.setDueWindow(
            static_cast<CaseListModel::DueWindow>(m_dueCombo->currentData().toInt()));
    });
    connect(m_reviewCombo, &QComboBox::activated, this, [this] {
        const int review = m_reviewCombo->currentData().toInt();
        m_model.setReviewFilter(review < 0 ? std::nullopt
                                           : std::optional(static_cast<core::ReviewState>(review)));
    });
    connect(m_languageCombo, &QComboBox::activated, this, [this] {
        const int language = m_languageCombo->currentData().toInt();
        m_model.setLanguageFilter(language < 0
                                      ? std::nullopt
                                      : std::optional(static_cast<core::LetterLanguage>(language)));
    });
    connect(m_tableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString reference = index.data(CaseListModel::ReferenceRole).toString();
        if (!reference.isEmpty()) // a row still being read has none yet
            emit openCaseRequested(reference);
    });
    m_model.setStatusFilter(m_statusCombo->currentData().toString());
    for (QComboBox *combo :
         {m_statusCombo, m_regimeCombo, m_dueCombo, m_reviewCombo, m_languageCombo})
        connect(combo, &QComboBox::activated, this, &CaseListView::filtersChanged);
    showStatus();
}

CaseListView::Filters CaseListView::filters() const
{
    return {m_statusCombo->currentData().toString(), m_regimeCombo->currentData().toInt(),
            m_dueCombo->currentData().toInt(), m_reviewCombo->currentData().toInt(),
            m_languageCombo->currentData().toInt()};
}

void CaseListView::setFilters(const Filters &filters)
{
    const auto choose = [](QComboBox *combo, const QVariant &value) {
        if (const int index = combo->findData(value); index >= 0) {
            combo->setCurrentIndex(index);
            emit combo->activated(index); // applies it, as the officer's choice would
        }
    };
    choose(m_statusCombo, filters.status);
    choose(m_regimeCombo, filters.regime);
    choose(m_dueCombo, filters.due);
    choose(m_reviewCombo, filters.review);
    choose(m_languageCombo, filters.language);
}

void CaseListView::showStatus()
{
    if (m_model.isSearching())
        m_statusLabel->setText(tr("Searching\u2026"));
    else if (const std::optional<qint64> count = m_model.count())
        m_statusLabel->setText(*count == 1 ? tr("%Ln case", nullptr, 1)
                                           : tr("%Ln cases", nullptr, static_cast<int>(*count)));
    else
        m_statusLabel->setText(tr("Counting\u2026"));
}

} // namespace foi::ui
