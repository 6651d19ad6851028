#include "ui/review/ReviewDifferencesDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace foi::ui {

ReviewDifferencesDialog::ReviewDifferencesDialog(const QString &message,
                                                 const QList<core::FieldDifference> &differences,
                                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reviewDifferencesDialog"));
    setWindowTitle(tr("The case changed after review"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(message, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *table = new QTableWidget(int(differences.size()), 3, this);
    table->setObjectName(QStringLiteral("differencesTable"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("As reviewed"), tr("Now")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    // The columns stretch with the dialog and each row is as tall as its wrapped text, however
    // the dialog is sized: long paragraphs are read in full, never cut off at the right.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    for (int row = 0; row < differences.size(); ++row) {
        const core::FieldDifference &difference = differences.at(row);
        auto *field = new QTableWidgetItem(core::CaseDifference::describe(difference.path));
        field->setToolTip(difference.path); // the case file's own name for it
        table->setItem(row, 0, field);
        table->setItem(row, 1,
                       new QTableWidgetItem(difference.reviewed.isEmpty() ? tr("(absent)")
                                                                          : difference.reviewed));
        table->setItem(row, 2,
                       new QTableWidgetItem(difference.current.isEmpty() ? tr("(absent)")
                                                                         : difference.current));
    }
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 32);
}

} // namespace foi::ui
