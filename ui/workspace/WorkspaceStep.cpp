#include "ui/workspace/WorkspaceStep.h"

#include "core/services/CaseDocument.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace foi::ui {

WorkspaceStep::WorkspaceStep(core::CaseDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    connect(&m_document, &core::CaseDocument::changed, this, [this] { refresh(); });
}

int WorkspaceStep::indexIn(const QString &locator, const QString &prefix)
{
    const QRegularExpression expression(
        QStringLiteral("^%1\\[(\\d+)\\]").arg(QRegularExpression::escape(prefix)));
    const QRegularExpressionMatch match = expression.match(locator);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void WorkspaceStep::focusLater(QWidget *field)
{
    QTimer::singleShot(0, field, [target = QPointer<QWidget>(field)] {
        if (target)
            target->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace foi::ui
