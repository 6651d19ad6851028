#include "ui/mainwindow/SaveConflictDialog.h"

#include "core/services/SaveConflict.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

enum Column { Part, Theirs, Yours, ColumnCount };

// How much of a long text a cell shows, around where the two versions differ.
constexpr qsizetype excerptRoom = 240;

// A cell showing `shown`, with the whole `text` in its tooltip.
QTableWidgetItem *readOnlyItem(const QString &shown, const QString &text)
{
    auto *item = new QTableWidgetItem(shown);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

SaveConflictDialog::SaveConflictDialog(const core::SaveConflict &conflict, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("saveConflictDialog"));
    setWindowTitle(tr("Another officer saved this case"));
    auto *why = new QLabel(conflict.why(), this);
    why->setObjectName(QStringLiteral("saveConflictWhyLabel"));
    why->setWordWrap(true);
    why->setTextFormat(Qt::PlainText);
    auto *explain = new QLabel(
        conflict.differences().isEmpty()
            ? tr("Their save left the same words as yours in every part: keeping your version "
                 "loses nothing of theirs.")
            : tr("Here is each part that differs. Choose whose version the case keeps. The "
                 "version not kept stays in the case's history (View, Case history)."),
        this);
    explain->setWordWrap(true);

    auto *table = new QTableWidget(int(conflict.differences().size()), ColumnCount, this);
    table->setObjectName(QStringLiteral("saveConflictTable"));
    table->setAccessibleName(tr("The parts that differ, their version beside yours"));
    table->setHorizontalHeaderLabels(
        {tr("Part"), tr("Their version (saved)"), tr("Your version (not saved)")});
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(Part, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(Theirs, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(Yours, QHeaderView::Stretch);
    QStringList yours;
    for (int row = 0; row < conflict.differences().size(); ++row) {
        const auto &difference = conflict.differences().at(row);
        // A long text (the request, a reason) is cut around where the two differ, so that
        // every part fits on the screen; the whole of each is in the cell's tooltip.
        const auto [theirs, mine] =
            core::CaseChangeDescriber::excerpts(difference.was, difference.now, excerptRoom);
        table->setItem(row, Part, readOnlyItem(difference.what, difference.what));
        table->setItem(row, Theirs, readOnlyItem(theirs, difference.was));
        table->setItem(row, Yours, readOnlyItem(mine, difference.now));
        yours << QStringLiteral("%1: %2").arg(difference.what, difference.now);
    }
    table->setVisible(!conflict.differences().isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("Keep &my version"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    QPushButton *take =
        buttons->addButton(tr("Take &their version"), QDialogButtonBox::DestructiveRole);
    take->setObjectName(QStringLiteral("takeTheirsButton"));
    QPushButton *copy = buttons->addButton(tr("&Copy my version"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyMineButton"));
    copy->setToolTip(tr("Puts your words for each part that differs on the clipboard"));
    copy->setEnabled(!yours.isEmpty());
    QPushButton *later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("decideLaterButton"));
    later->setToolTip(tr("Your typing stays in the open case, unsaved; the next save asks again"));
    keep->setDefault(true);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(copy, &QPushButton::clicked, this,
            [yours] { QApplication::clipboard()->setText(yours.join(QStringLiteral("\n\n"))); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addWidget(explain);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);
    // Rows fitted whenever the columns change width, so that wrapped text is measured right.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, table,
            &QTableWidget::resizeRowsToContents);
}

} // namespace foi::ui
