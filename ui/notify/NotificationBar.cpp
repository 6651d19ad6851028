#include "ui/notify/NotificationBar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>

namespace foi::ui {

namespace {
// Taller messages (a long list of refused files) scroll inside the bar, so the case area
// keeps most of the window.
constexpr int maximumLinesShown = 6;
} // namespace

NotificationBar::NotificationBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("notificationBar"));
    setFrameShape(QFrame::StyledPanel);
    // From the palette, so that the bar reads in a dark palette as in a light one.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the case area takes the rest
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Message"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Information"));

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("notificationText"));
    m_text->setTextFormat(Qt::PlainText); // a message may quote file names or the case's words
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_text);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);

    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissNotificationButton"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss message"));
    m_dismiss->setToolTip(tr("Hide this message (Esc)"));
    connect(m_dismiss, &QToolButton::clicked, this, &NotificationBar::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    setFocusProxy(m_dismiss);
    hide();
}

void NotificationBar::showMessage(const QString &message)
{
    m_text->setText(message);
    m_text->setAccessibleName(message);
    show();
    fitTextHeight();
    QAccessibleEvent alert(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void NotificationBar::fitTextHeight()
{
    const int width = qMax(1, m_scroll->viewport()->width());
    const int needed = m_text->heightForWidth(width);
    const int cap = fontMetrics().lineSpacing() * maximumLinesShown;
    m_scroll->setFixedHeight(qMin(qMax(needed, fontMetrics().lineSpacing()), cap));
}

void NotificationBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (!isHidden())
        fitTextHeight();
}

void NotificationBar::dismiss()
{
    hide(); // Qt moves the focus on if it was in the bar
    m_text->clear();
}

QString NotificationBar::message() const
{
    return isHidden() ? QString() : m_text->text();
}

void NotificationBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace foi::ui
