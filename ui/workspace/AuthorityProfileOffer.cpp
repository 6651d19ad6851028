#include "ui/workspace/AuthorityProfileOffer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace foi::ui {

AuthorityProfileOffer::AuthorityProfileOffer(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("authorityProfileOffer"));
    setFrameShape(QFrame::StyledPanel);
    auto *text = new QLabel(
        tr("Reply letters are signed with your authority's profile (its name, address, FOI "
           "unit and internal review contact), which is not filled in yet. Fill it in now, or "
           "later in Settings (Ctrl+,); the Reply step needs it to send a final reply."),
        this);
    text->setObjectName(QStringLiteral("authorityProfileOfferLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    // No Alt+letter: the offer shows above every step, whose fields have taken them all. Tab
    // reaches the buttons (the offer comes first in the case's order).
    m_fillInButton = new QPushButton(tr("Fill in the authority profile…"), this);
    m_fillInButton->setObjectName(QStringLiteral("fillInAuthorityButton"));
    m_laterButton = new QPushButton(tr("Later"), this);
    m_laterButton->setObjectName(QStringLiteral("authorityLaterButton"));
    m_laterButton->setAccessibleDescription(
        tr("Hide this offer until the workbench is started again"));
    connect(m_fillInButton, &QPushButton::clicked, this, &AuthorityProfileOffer::fillInRequested);
    connect(m_laterButton, &QPushButton::clicked, this, &AuthorityProfileOffer::laterChosen);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(m_fillInButton);
    layout->addWidget(m_laterButton);
}

} // namespace foi::ui
