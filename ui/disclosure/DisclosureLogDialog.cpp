#include "ui/disclosure/DisclosureLogDialog.h"

#include "core/rules/DisclosureLogDraft.h"
#include "core/services/DisclosureLogService.h"
#include "ui/notify/Notifier.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace foi::ui {

namespace {

QString kindInWords(core::PersonalDataKind kind)
{
    switch (kind) {
    case core::PersonalDataKind::RequesterName:
        return QObject::tr("Requester's name");
    case core::PersonalDataKind::RequesterEmail:
        return QObject::tr("Requester's email");
    case core::PersonalDataKind::RequesterAddress:
        return QObject::tr("Requester's address");
    case core::PersonalDataKind::RequesterPostcode:
        return QObject::tr("Requester's postcode");
    case core::PersonalDataKind::Email:
        return QObject::tr("Email address");
    case core::PersonalDataKind::Phone:
        return QObject::tr("Phone number");
    case core::PersonalDataKind::Postcode:
        return QObject::tr("Postcode");
    }
    return {};
}

QString decisionInWords(const core::PersonalDataHit &hit)
{
    switch (hit.decision) {
    case core::HitDecision::Unresolved:
        return QObject::tr("To decide");
    case core::HitDecision::Redact:
        return core::isRequesterDetail(hit.kind) ? QObject::tr("Redacted (always)")
                                                 : QObject::tr("Redacted");
    case core::HitDecision::Keep:
        return QObject::tr("Kept: %1").arg(hit.reason);
    }
    return {};
}

QString statusInWords(const core::DisclosureLogEntry &entry)
{
    switch (entry.status) {
    case core::DisclosureLogStatus::Draft:
        return QObject::tr("draft, prepared by %1").arg(entry.preparedBy);
    case core::DisclosureLogStatus::Submitted:
        return QObject::tr("waiting for approval (prepared by %1)").arg(entry.preparedBy);
    case core::DisclosureLogStatus::Returned:
        return QObject::tr("returned to %1: %2").arg(entry.preparedBy, entry.returnedReason);
    case core::DisclosureLogStatus::Approved:
        return QObject::tr("approved by %1 on %2")
            .arg(entry.approvedBy, QLocale().toString(entry.approvedOn, QLocale::ShortFormat));
    case core::DisclosureLogStatus::Published:
        return entry.amended()
                   ? QObject::tr("published, amended on %1 (first published %2)")
                         .arg(QLocale().toString(entry.publishedOn, QLocale::ShortFormat),
                              QLocale().toString(entry.firstPublishedOn, QLocale::ShortFormat))
                   : QObject::tr("published on %1")
                         .arg(QLocale().toString(entry.publishedOn, QLocale::ShortFormat));
    }
    return {};
}

// The hit with a little of the text either side, on one line.
QString inContext(const core::DisclosureLogEntry &entry, const core::PersonalDataHit &hit)
{
    const QString &text =
        hit.field == QLatin1String("request") ? entry.requestText : entry.replyText;
    const qsizetype before = std::max<qsizetype>(0, hit.start - 30);
    const QString left = text.mid(before, hit.start - before).simplified();
    const QString middle = text.mid(hit.start, hit.length).simplified();
    const QString right = text.mid(hit.start + hit.length, 30).simplified();
    return QStringLiteral("%1%2 »%3« %4%5")
        .arg(before > 0 ? QStringLiteral("…") : QString(), left, middle, right,
             hit.start + hit.length + 30 < text.size() ? QStringLiteral("…") : QString());
}

// "; 1 of 6 hits to decide", or nothing when every hit is decided.
QString undecidedNote(const core::DisclosureLogEntry &entry)
{
    const auto open = std::count_if(entry.hits.begin(), entry.hits.end(), [](const auto &hit) {
        return hit.decision == core::HitDecision::Unresolved;
    });
    return open == 0 ? QString()
                     : QObject::tr("; %1 of %2 hits to decide (the requester's own details are "
                                   "always redacted)")
                           .arg(open)
                           .arg(entry.hits.size());
}

void explain(QPushButton *button, bool enabled, const QString &what, const QString &whyNot)
{
    button->setEnabled(enabled);
    button->setToolTip(enabled ? what : whyNot);
}

} // namespace

DisclosureLogDialog::DisclosureLogDialog(const Context &context, QString reference, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_reference(std::move(reference))
{
    setObjectName(QStringLiteral("disclosureLogDialog"));
    setWindowTitle(tr("Disclosure log: %1").arg(m_reference));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("disclosureStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    buildHits(this);
    buildSteps(this);
    resize(900, 680);
    reload();
}

void DisclosureLogDialog::buildHits(QWidget *into)
{
    auto *hitsBox = new QGroupBox(tr("Personal data found (FOIA s40(2))"), into);
    auto *hitsLayout = new QVBoxLayout(hitsBox);
    m_hits = new QTableWidget(0, 4, hitsBox);
    m_hits->setObjectName(QStringLiteral("hitsTable"));
    m_hits->setAccessibleName(tr("Personal data found"));
    m_hits->setHorizontalHeaderLabels({tr("Hit"), tr("Kind"), tr("In context"), tr("Decision")});
    m_hits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->verticalHeader()->hide();
    m_hits->setWordWrap(false);
    m_hits->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    hitsLayout->addWidget(m_hits);
    auto *decide = new QHBoxLayout;
    m_keepReason = new QLineEdit(hitsBox);
    m_keepReason->setObjectName(QStringLiteral("keepReasonEdit"));
    m_keepReason->setPlaceholderText(tr("Why it may be published (for example: our published "
                                        "switchboard)"));
    m_keepReason->setAccessibleName(tr("Reason to keep"));
    m_keep = new QPushButton(tr("&Keep with reason"), hitsBox);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_redact = new QPushButton(tr("&Redact"), hitsBox);
    m_redact->setObjectName(QStringLiteral("redactButton"));
    decide->addWidget(m_keepReason, 1);
    decide->addWidget(m_keep);
    decide->addWidget(m_redact);
    hitsLayout->addLayout(decide);
    auto *layout = qobject_cast<QVBoxLayout *>(into->layout());
    layout->addWidget(hitsBox, 3);
    auto *previewBox = new QGroupBox(tr("As it will be published"), into);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QPlainTextEdit(previewBox);
    m_preview->setObjectName(QStringLiteral("publishedPreviewEdit"));
    m_preview->setAccessibleName(tr("As it will be published"));
    m_preview->setReadOnly(true);
    previewLayout->addWidget(m_preview);
    layout->addWidget(previewBox, 2);
    connect(m_hits, &QTableWidget::itemSelectionChanged, this, &DisclosureLogDialog::updateButtons);
    connect(m_keepReason, &QLineEdit::textChanged, this, &DisclosureLogDialog::updateButtons);
    connect(m_keep, &QPushButton::clicked, this,
            [this] { decideSelected(core::HitDecision::Keep); });
    connect(m_redact, &QPushButton::clicked, this,
            [this] { decideSelected(core::HitDecision::Redact); });
}

void DisclosureLogDialog::buildSteps(QWidget *into)
{
    auto *versionsBox = new QGroupBox(tr("Versions"), into);
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    m_versionList = new QListWidget(versionsBox);
    m_versionList->setObjectName(QStringLiteral("versionsList"));
    m_versionList->setAccessibleName(tr("Versions"));
    m_versionList->setMaximumHeight(m_versionList->fontMetrics().height() * 4);
    versionsLayout->addWidget(m_versionList);
    into->layout()->addWidget(versionsBox);
    auto *steps = new QHBoxLayout;
    m_prepare = new QPushButton(tr("&Prepare"), into);
    m_prepare->setObjectName(QStringLiteral("prepareButton"));
    m_submit = new QPushButton(tr("&Submit for approval"), into);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_approve = new QPushButton(tr("&Approve"), into);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_returnReason = new QLineEdit(into);
    m_returnReason->setObjectName(QStringLiteral("returnReasonEdit"));
    m_returnReason->setPlaceholderText(tr("What should change"));
    m_returnReason->setAccessibleName(tr("What should change"));
    m_return = new QPushButton(tr("Re&turn"), into);
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_publish = new QPushButton(tr("P&ublish"), into);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_prepare, m_submit, m_approve,
                                                            m_returnReason, m_return, m_publish})
        steps->addWidget(widget);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, into);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    steps->addWidget(close);
    qobject_cast<QVBoxLayout *>(into->layout())->addLayout(steps);
    connect(m_prepare, &QPushButton::clicked, this, [this] {
        step([this] {
            return m_context.service.prepare(m_reference, m_context.officer(), m_context.today());
        });
    });
    connect(m_submit, &QPushButton::clicked, this, [this] {
        step([this] { return m_context.service.submit(m_reference, m_context.officer()); });
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        step([this] {
            return m_context.service.approve(m_reference, m_context.officer(), m_context.today());
        });
    });
    connect(m_return, &QPushButton::clicked, this, [this] {
        step([this] {
            return m_context.service.returnToPreparer(m_reference, m_returnReason->text(),
                                                      m_context.officer());
        });
    });
    connect(m_publish, &QPushButton::clicked, this, [this] {
        step([this] {
            return m_context.service.publish(m_reference, m_context.officer(), m_context.today());
        });
    });
    connect(m_returnReason, &QLineEdit::textChanged, this, &DisclosureLogDialog::updateButtons);
}

void DisclosureLogDialog::reload()
{
    const auto versions = m_context.service.versions(m_reference);
    if (!versions) {
        m_context.notifier.showError(versions.error());
        m_versions.clear();
    } else {
        m_versions = *versions;
    }
    showEntry();
    showHits();
    showVersions();
    updateButtons();
}

void DisclosureLogDialog::showEntry()
{
    if (m_versions.isEmpty()) {
        m_status->setText(tr("%1 has no disclosure log entry yet. Prepare one: the request and "
                             "the reply are scanned for personal data, and the requester's "
                             "details are taken out at once.")
                              .arg(m_reference));
        m_preview->clear();
        return;
    }
    const core::DisclosureLogEntry &entry = m_versions.constLast();
    m_status->setText(
        tr("%1, version %2: %3").arg(m_reference).arg(entry.version).arg(statusInWords(entry)) +
        undecidedNote(entry));
    m_preview->setPlainText(
        tr("%1\n\nTHE REQUEST\n%2\n\nOUR REPLY\n%3")
            .arg(entry.title,
                 core::DisclosureLogDraft::publishedText(entry, QStringLiteral("request")),
                 core::DisclosureLogDraft::publishedText(entry, QStringLiteral("reply"))));
}

void DisclosureLogDialog::showHits()
{
    const QString selected = selectedHit() ? selectedHit()->id : QString();
    m_hits->setRowCount(0);
    if (m_versions.isEmpty())
        return;
    const core::DisclosureLogEntry &entry = m_versions.constLast();
    m_hits->setRowCount(int(entry.hits.size()));
    for (int row = 0; row < entry.hits.size(); ++row) {
        const core::PersonalDataHit &hit = entry.hits.at(row);
        const QStringList cells{hit.id, kindInWords(hit.kind), inContext(entry, hit),
                                decisionInWords(hit)};
        for (int column = 0; column < cells.size(); ++column)
            m_hits->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (hit.id == selected)
            m_hits->selectRow(row);
    }
    for (int column : {0, 1, 3})
        m_hits->resizeColumnToContents(column);
}

void DisclosureLogDialog::showVersions()
{
    m_versionList->clear();
    for (const core::DisclosureLogEntry &entry : m_versions)
        m_versionList->addItem(tr("Version %1: %2").arg(entry.version).arg(statusInWords(entry)));
}

const core::PersonalDataHit *DisclosureLogDialog::selectedHit() const
{
    const QList<QTableWidgetItem *> items = m_hits->selectedItems();
    if (items.isEmpty() || m_versions.isEmpty())
        return nullptr;
    const int row = items.constFirst()->row();
    const auto &hits = m_versions.constLast().hits;
    return row >= 0 && row < hits.size() ? &hits.at(row) : nullptr;
}

void DisclosureLogDialog::updateButtons()
{
    using core::DisclosureLogStatus;
    const core::DisclosureLogEntry *entry =
        m_versions.isEmpty() ? nullptr : &m_versions.constLast();
    const auto status = entry ? entry->status : DisclosureLogStatus::Published;
    const bool editable =
        entry && (status == DisclosureLogStatus::Draft || status == DisclosureLogStatus::Returned);
    const core::PersonalDataHit *hit = selectedHit();
    const bool mine = hit && core::isRequesterDetail(hit->kind);
    m_prepare->setText(entry && status == DisclosureLogStatus::Published
                           ? tr("&Prepare a correction")
                           : tr("&Prepare"));
    explain(m_prepare, !entry || status == DisclosureLogStatus::Published,
            tr("Scan the case afresh as a new version"),
            tr("Version %1 is in progress: finish it first.").arg(entry ? entry->version : 0));
    explain(m_redact, editable && hit && !mine, tr("Replace it by a visible redaction marker"),
            !editable ? tr("Only a draft can be changed.")
            : !hit    ? tr("Choose a hit in the list.")
                      : tr("The requester's details are always redacted."));
    explain(m_keep, editable && hit && !mine && !m_keepReason->text().trimmed().isEmpty(),
            tr("Publish it as it is, for the reason given"),
            !editable ? tr("Only a draft can be changed.")
            : !hit    ? tr("Choose a hit in the list.")
            : mine    ? tr("The requester's details are never published (FOIA s40(2)).")
                      : tr("Say why it may be published."));
    const core::Status resolved =
        entry ? core::DisclosureLogDraft::checkResolved(*entry) : core::Status(core::success());
    explain(m_submit, editable && resolved.ok(), tr("Ask a second officer to approve it"),
            !editable        ? tr("Only a draft can be submitted.")
            : !resolved.ok() ? resolved.error().message
                             : QString());
    const bool submitted = entry && status == DisclosureLogStatus::Submitted;
    const bool samePerson =
        entry && !core::DisclosureLogService::roleOf(*entry, m_context.officer()).isEmpty();
    explain(m_approve, submitted && !samePerson, tr("Approve it for publication"),
            !submitted ? tr("It must be submitted for approval first.")
                       : tr("You prepared or submitted it: a second officer must approve it "
                            "(the officer named in Settings)."));
    explain(m_return, submitted && !m_returnReason->text().trimmed().isEmpty(),
            tr("Send it back to its preparer"),
            !submitted ? tr("Only a version waiting for approval can be returned.")
                       : tr("Say what should change."));
    m_returnReason->setEnabled(submitted);
    explain(m_publish, entry && status == DisclosureLogStatus::Approved,
            tr("Publish it in the disclosure log"), tr("A second officer must approve it first."));
}

void DisclosureLogDialog::decideSelected(core::HitDecision decision)
{
    const core::PersonalDataHit *hit = selectedHit();
    if (!hit)
        return;
    const QString id = hit->id;
    step([this, id, decision] {
        return m_context.service.resolve(m_reference, id, decision, m_keepReason->text(),
                                         m_context.officer());
    });
    m_keepReason->clear();
}

void DisclosureLogDialog::step(const std::function<core::Result<core::DisclosureLogEntry>()> &run)
{
    const auto done = run();
    if (!done)
        m_context.notifier.showError(done.error());
    reload();
}

} // namespace foi::ui
