// SPDX-License-Identifier: Apache-2.0
#include "ui/metadata/metadatadialog.h"

#include "ui/dialogchrome.h"
#include "ui/metadata/admincommand.h"
#include "ui/plaintextedit.h"
#include "ui/profiles/productionguard.h"
#include "ui/uilogging.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace keystage::ui {

MetadataDialog::MetadataDialog(CsmsClient *client, QUndoStack *history, const QString &secretName,
                               QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_history(history)
    , m_secret(secretName)
    , m_admin(new SecretAdmin(client, this))
    , m_description(new PlainTextEdit(this)) // not QPlainTextEdit: see plaintextedit.h
    , m_bytes(new QLabel(this))
    , m_kmsKey(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("metadataDialog"));
    setWindowTitle(tr("Description and KMS key of %1").arg(secretName));
    setAccessibleName(tr("Edit the description and KMS key"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setAccessibleName(tr("Description"));
    m_description->setMinimumHeight(70);
    m_bytes->setObjectName(QStringLiteral("descriptionBytes"));
    m_kmsKey->setObjectName(QStringLiteral("kmsKeyEdit"));
    m_kmsKey->setAccessibleName(tr("KMS key id"));
    m_kmsKey->setAccessibleDescription(
            tr("The KMS key that encrypts new versions; existing versions keep theirs."));
    auto *descriptionBox = new QVBoxLayout;
    descriptionBox->addWidget(m_description);
    descriptionBox->addWidget(m_bytes);
    auto *form = new QFormLayout;
    form->addRow(tr("&Description:"), descriptionBox);
    form->addRow(tr("&KMS key id:"), m_kmsKey);
    auto *note
            = new QLabel(tr("A new KMS key encrypts the versions created from now on only."), this);
    note->setWordWrap(true);
    form->addRow(note);
    m_save = buildActionDialog(this, form, m_problem, m_status,
                               {tr("What is wrong"), tr("Result"), tr("Save"),
                                tr("Save the description and KMS key"),
                                tr("Enabled once something changed and is valid."), tr("Cancel")});
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_save, &QPushButton::clicked, this, &MetadataDialog::save);
    connect(m_description, &QPlainTextEdit::textChanged, this, &MetadataDialog::updateState);
    connect(m_kmsKey, &QLineEdit::textChanged, this, &MetadataDialog::updateState);
    setMinimumWidth(480);
    load();
}

MetadataDialog::~MetadataDialog() = default;

QString MetadataDialog::statusText() const
{
    return m_status->text();
}

SecretMetadata MetadataDialog::wanted() const
{
    return {m_description->toPlainText(), m_kmsKey->text().trimmed()};
}

void MetadataDialog::load(const QString &note)
{
    if (!m_client)
        return;
    m_loaded = false;
    m_status->setText(note.isEmpty() ? tr("Reading %1…").arg(m_secret) : note);
    updateState();
    m_client->showSecret(m_secret)->then(this, [this, note](const ApiResult<Secret> &r) {
        if (!r.ok()) {
            m_status->setText(tr("%1 could not be read: %2").arg(m_secret, r.error().summary()));
            updateState();
            return;
        }
        m_seen = SecretMetadata::of(*r);
        m_description->setPlainText(m_seen.description);
        m_kmsKey->setText(m_seen.kmsKeyId);
        m_loaded = true;
        m_status->setText(note);
        updateState();
    });
}

QString MetadataDialog::problem() const
{
    if (!m_client)
        return tr("Not connected.");
    if (!m_loaded)
        return {};
    const SecretMetadata w = wanted();
    if (QString p = SecretAdmin::descriptionProblem(w.description); !p.isEmpty())
        return p;
    if (w.kmsKeyId != m_seen.kmsKeyId) {
        if (QString p = SecretAdmin::kmsKeyProblem(w.kmsKeyId); !p.isEmpty())
            return p;
    }
    return {};
}

void MetadataDialog::updateState()
{
    const qsizetype bytes = m_description->toPlainText().toUtf8().size();
    m_bytes->setText(tr("%1 of %2 bytes").arg(bytes).arg(SecretAdmin::maxDescriptionBytes));
    m_problem->setText(problem());
    const bool editable = m_loaded && !m_busy;
    m_description->setReadOnly(!editable);
    m_kmsKey->setReadOnly(!editable);
    m_save->setEnabled(editable && problem().isEmpty() && wanted() != m_seen);
}

void MetadataDialog::save()
{
    if (!m_save->isEnabled() || !m_client)
        return;
    const SecretMetadata w = wanted();
    m_busy = true;
    updateState();
    ProductionGuard::confirm(this, m_client->profile(),
                             tr("Edit the description and KMS key of %1").arg(m_secret), this,
                             [this, w](bool confirmed) {
                                 if (confirmed) {
                                     write(w);
                                     return;
                                 }
                                 m_busy = false;
                                 updateState();
                             });
}

void MetadataDialog::write(const SecretMetadata &w)
{
    m_status->setText(tr("Saving…"));
    m_admin->updateMetadata(m_secret, m_seen, w, this, [this, w](const AdminOutcome &o) {
        m_busy = false;
        if (o.isStale()) {
            m_status->setText(o.error->message + QLatin1Char(' ')
                              + tr("The dialog shows the server's values again."));
            load(m_status->text());
            return;
        }
        if (!o.ok()) {
            m_status->setText(tr("Not saved: %1").arg(o.error->summary()));
            updateState();
            return;
        }
        const SecretMetadata after = o.secret ? SecretMetadata::of(*o.secret) : w;
        qCInfo(lcUi) << "metadata saved" << m_secret;
        if (m_history && o.written)
            m_history->push(AdminCommand::metadata(m_history, m_client, m_secret, m_seen, after));
        m_seen = after;
        Q_EMIT metadataChanged(m_secret);
        accept();
    });
}

} // namespace keystage::ui
