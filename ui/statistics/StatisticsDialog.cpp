#include "ui/statistics/StatisticsDialog.h"

#include "core/services/StatisticsViewService.h"
#include "ui/widgets/FileChooser.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace foi::ui {

StatisticsDialog::StatisticsDialog(core::StatisticsViewService &statistics, Today today,
                                   FileChooser &files, QWidget *parent)
    : QDialog(parent)
    , m_statistics(statistics)
    , m_today(std::move(today))
    , m_files(files)
{
    setObjectName(QStringLiteral("statisticsDialog"));
    setWindowTitle(tr("Statistics"));
    for (const StatisticsFigure &figure : StatisticsCharts::figuresOf({}))
        m_pages.append(Page{figure});
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    for (int i = 0; i < int(m_pages.size()); ++i)
        m_tabs->addTab(buildPage(i), m_pages.at(i).figure.title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    auto *refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refreshKey, &QShortcut::activated, this, &StatisticsDialog::refresh);
    resize(1100, 620);
}

QWidget *StatisticsDialog::buildControls()
{
    auto *controls = new QWidget(this);
    const QDate today = m_today();
    const QDate thisMonth(today.year(), today.month(), 1);
    const auto dateEdit = [controls](const QString &name, const QDate &date) {
        auto *edit = new QDateEdit(date, controls);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        return edit;
    };
    m_fromEdit = dateEdit(QStringLiteral("fromDateEdit"), thisMonth.addMonths(-12));
    m_toEdit = dateEdit(QStringLiteral("toDateEdit"), thisMonth.addDays(-1));
    m_asAtEdit = dateEdit(QStringLiteral("asAtDateEdit"), today);
    m_regimeCombo = new QComboBox(controls);
    m_regimeCombo->setObjectName(QStringLiteral("regimeCombo"));
    m_regimeCombo->addItem(tr("FOIA and EIR"), QString());
    m_regimeCombo->addItem(tr("FOIA only"), core::regimeCode(core::Regime::Foia));
    m_regimeCombo->addItem(tr("EIR only"), core::regimeCode(core::Regime::Eir));
    auto *countButton = new QPushButton(tr("&Count"), controls);
    countButton->setObjectName(QStringLiteral("countButton"));
    countButton->setAutoDefault(false);
    connect(countButton, &QPushButton::clicked, this, &StatisticsDialog::refresh);
    m_statusLabel = new QLabel(controls);
    m_statusLabel->setObjectName(QStringLiteral("statisticsStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    auto *row = new QHBoxLayout;
    const auto labelled = [&row, controls](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, controls);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    labelled(tr("Received &from"), m_fromEdit);
    labelled(tr("&to"), m_toEdit);
    labelled(tr("&As at"), m_asAtEdit);
    labelled(tr("&Regime"), m_regimeCombo);
    row->addWidget(countButton);
    row->addStretch();
    auto *note = new QLabel(tr("Requests received in the period, as they stood at the end of the "
                               "\"as at\" day. Ages are in working days (FOIA s10(6)) on the "
                               "workbench's calendar, counted from the day after receipt."),
                            controls);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(note);
    layout->addWidget(m_statusLabel);
    return controls;
}

QWidget *StatisticsDialog::buildPage(int index)
{
    Page &page = m_pages[index];
    const QString &name = page.figure.name;
    auto *widget = new QWidget(m_tabs);
    page.chartView = new QChartView(widget);
    page.chartView->setObjectName(name + QStringLiteral("-chartView"));
    page.chartView->setRenderHint(QPainter::Antialiasing);
    page.chartView->setAccessibleName(tr("Chart: %1").arg(page.figure.title));
    page.chartView->setFocusPolicy(Qt::NoFocus); // the table beside it says the same
    page.model = new QStandardItemModel(widget);
    page.tableView = new QTableView(widget);
    page.tableView->setObjectName(name + QStringLiteral("-tableView"));
    page.tableView->setModel(page.model);
    page.tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    page.tableView->setTabKeyNavigation(false); // Tab leaves the table
    page.tableView->verticalHeader()->hide();
    // Every column as wide as its heading or its widest figure ("Share in time (%)" was cut
    // off when the columns shared the width equally); the last takes what is left.
    page.tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    page.tableView->horizontalHeader()->setStretchLastSection(true);
    page.tableView->setAccessibleName(tr("Table: %1").arg(page.figure.title));
    auto *splitter = new QSplitter(widget);
    splitter->addWidget(page.chartView);
    splitter->addWidget(page.tableView);
    // The chart takes most of the width whatever its table holds.
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({660, 440});
    page.chartView->setMinimumWidth(420);

    auto *pngButton = new QPushButton(tr("Export chart as &PNG…"), widget);
    pngButton->setObjectName(name + QStringLiteral("-pngButton"));
    pngButton->setAutoDefault(false);
    connect(pngButton, &QPushButton::clicked, this, [this, index] { exportChart(index); });
    auto *csvButton = new QPushButton(tr("Export table as CS&V…"), widget);
    csvButton->setObjectName(name + QStringLiteral("-csvButton"));
    csvButton->setAutoDefault(false);
    connect(csvButton, &QPushButton::clicked, this, [this, index] { exportTable(index); });
    auto *exports = new QHBoxLayout;
    exports->addStretch();
    exports->addWidget(pngButton);
    exports->addWidget(csvButton);
    auto *layout = new QVBoxLayout(widget);
    layout->addWidget(splitter, 1);
    layout->addLayout(exports);
    return widget;
}

void StatisticsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

core::StatisticsPeriod StatisticsDialog::period() const
{
    core::StatisticsPeriod period{m_fromEdit->date(), m_toEdit->date(), m_asAtEdit->date(),
                                  std::nullopt};
    const QString regime = m_regimeCombo->currentData().toString();
    if (!regime.isEmpty())
        period.regime = core::regimeFromCode(regime);
    return period;
}

void StatisticsDialog::refresh()
{
    m_counting = true;
    m_statusLabel->setText(tr("Counting…"));
    // The window may be gone when the figures come back.
    QPointer<StatisticsDialog> self(this);
    m_statistics.request(period(), [self](const core::Result<core::StatisticsSeries> &series) {
        if (!self)
            return;
        self->delivered(series);
    });
}

void StatisticsDialog::delivered(const core::Result<core::StatisticsSeries> &series)
{
    m_counting = false;
    if (!series) {
        m_statusLabel->setText(series.error().message);
        return;
    }
    display(*series);
    emit counted();
}

void StatisticsDialog::display(const core::StatisticsSeries &series)
{
    const QList<StatisticsFigure> figures = StatisticsCharts::figuresOf(series);
    for (qsizetype i = 0; i < m_pages.size() && i < figures.size(); ++i) {
        Page &page = m_pages[i];
        page.figure = figures.at(i);
        page.model->clear();
        page.model->setHorizontalHeaderLabels(page.figure.columns);
        for (const QStringList &cells : std::as_const(page.figure.rows)) {
            QList<QStandardItem *> items;
            for (qsizetype column = 0; column < cells.size(); ++column) {
                auto *item = new QStandardItem(cells.at(column));
                if (column > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                items.append(item);
            }
            page.model->appendRow(items);
        }
        QChart *old = page.chartView->chart();
        page.chartView->setChart(StatisticsCharts::chartOf(page.figure));
        delete old;
    }
    int received = 0;
    for (const core::MonthlyCount &month : series.monthly)
        received += month.received;
    const QLocale locale;
    const QString text = received == 1 ? tr("1 request received from %2 to %3, as at %4.")
                                       : tr("%1 requests received from %2 to %3, as at %4.");
    m_statusLabel->setText(QString(text)
                               .replace(QStringLiteral("%1"), QString::number(received))
                               .arg(locale.toString(series.period.from, QLocale::ShortFormat),
                                    locale.toString(series.period.to, QLocale::ShortFormat),
                                    locale.toString(series.period.asAt, QLocale::ShortFormat)));
}

QTableView *StatisticsDialog::tableOf(const QString &name) const
{
    for (const Page &page : m_pages) {
        if (page.figure.name == name)
            return page.tableView;
    }
    return nullptr;
}

QString StatisticsDialog::chooseFile(const QString &title, const QString &name,
                                     const QString &filter)
{
    return m_files.saveFile(this, title, name, filter);
}

void StatisticsDialog::exportChart(int index)
{
    const Page &page = m_pages.at(index);
    const QString path =
        chooseFile(tr("Export the chart as PNG"), page.figure.name + QStringLiteral(".png"),
                   tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!page.chartView->grab().save(path, "PNG"))
        m_statusLabel->setText(tr("The chart could not be saved as %1. Choose a folder you can "
                                  "write to, or free some space, and export it again.")
                                   .arg(QDir::toNativeSeparators(path)));
    else
        m_statusLabel->setText(tr("Chart saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void StatisticsDialog::exportTable(int index)
{
    const Page &page = m_pages.at(index);
    const QString path =
        chooseFile(tr("Export the table as CSV"), page.figure.name + QStringLiteral(".csv"),
                   tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(StatisticsCharts::csvOf(page.figure)) < 0 ||
        !file.commit()) {
        m_statusLabel->setText(tr("The table could not be saved as %1 (%2). Choose a folder you "
                                  "can write to, or free some space, and export it again.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_statusLabel->setText(tr("Table saved as %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace foi::ui
