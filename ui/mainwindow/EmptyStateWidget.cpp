#include "ui/mainwindow/EmptyStateWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace foi::ui {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyStateWidget"));
    // Focusable itself, so that focus rests here rather than on the button (where Space would
    // log a request); its accessible name says what the screen is.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("No requests yet"));
    setAccessibleDescription(tr("Press Tab for New request, or Ctrl+N"));

    m_title = new QLabel(tr("No requests yet"), this);
    m_title->setObjectName(QStringLiteral("emptyStateTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);

    m_explanation = new QLabel(
        tr("<p>Log a request when it arrives: the workbench counts its 20 working days from the "
           "date of receipt, splits it into questions and checks each decision against the Act "
           "as you work.</p><p>Start with <b>New request</b> (Ctrl+N).</p>"),
        this);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setObjectName(QStringLiteral("emptyStateExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignHCenter);
    m_explanation->setFixedWidth(m_explanation->fontMetrics().averageCharWidth() * 70);

    m_newRequestButton = new QPushButton(tr("New request…"), this);
    m_newRequestButton->setObjectName(QStringLiteral("emptyStateNewRequestButton"));
    m_newRequestButton->setAccessibleDescription(tr("Log a new request for information"));
    connect(m_newRequestButton, &QPushButton::clicked, this, &EmptyStateWidget::newRequestClicked);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(m_title->fontMetrics().height() / 2);
    // Centred through stretches, not an alignment flag, so the layout asks the word-wrapped
    // label for its height at its width and never clips the last line.
    auto *explanationRow = new QHBoxLayout;
    explanationRow->addStretch();
    explanationRow->addWidget(m_explanation);
    explanationRow->addStretch();
    layout->addLayout(explanationRow);
    layout->addSpacing(m_title->fontMetrics().height());
    layout->addWidget(m_newRequestButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace foi::ui
