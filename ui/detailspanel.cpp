// SPDX-License-Identifier: Apache-2.0
#include "ui/detailspanel.h"

#include "core/api/csmsclient.h"
#include "core/api/sessioncache.h"
#include "core/ops/secretassociation.h"
#include "ui/rotation/rotationsection.h"
#include "ui/timetext.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace keystage::ui {

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    // label | field | gap | label | field
    m_grid->setColumnMinimumWidth(2, 3 * fontMetrics().averageCharWidth());
    m_grid->setColumnStretch(1, 3);
    m_grid->setColumnStretch(4, 2);
    // Added in reading order, down the left half and then the right: screen readers follow it.
    m_name = addField(QStringLiteral("name"), tr("Secret:"), 0, 0);
    m_state = addField(QStringLiteral("state"), tr("State:"), 1, 0);
    m_type = addField(QStringLiteral("type"), tr("Type:"), 2, 0);
    m_description = addField(QStringLiteral("description"), tr("Description:"), 3, 0);
    m_kmsKey = addField(QStringLiteral("kmsKey"), tr("KMS key:"), 4, 0);
    m_created = addField(QStringLiteral("created"), tr("Created:"), 0, 1);
    m_updated = addField(QStringLiteral("updated"), tr("Updated:"), 1, 1);
    m_deletion = addField(QStringLiteral("deletion"), tr("Deletion:"), 2, 1);
    m_rotation = addField(QStringLiteral("rotation"), tr("Rotation:"), 3, 1);
    m_instance = addField(QStringLiteral("instance"), tr("Instance:"), 4, 1);
    m_tags = addField(QStringLiteral("tags"), tr("Tags:"), 5, 0, true);
    m_rotationSection = new RotationSection(this); // ui/rotation: one line below the halves
    auto *rotationCaption = new QLabel(tr("Rotates as:"), this);
    m_grid->addWidget(rotationCaption, 6, 0, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(m_rotationSection, 6, 1, 1, 4, Qt::AlignTop);
    connect(m_rotationSection, &RotationSection::secretRead, this, &DetailsPanel::setSecret);
    m_grid->setRowStretch(7, 1); // spare height stays below the fields
    clear();
}

DetailsPanel::~DetailsPanel()
{
    abortTags();
}

QLabel *DetailsPanel::addField(const QString &objectName, const QString &label, int row, int half,
                               bool wide)
{
    auto *caption = new QLabel(label, this);
    auto *field = new QLabel(this);
    field->setObjectName(objectName);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // At least one line, empty or not (issue 18): emptied between two secrets and filled by the
    // answer, a field that collapsed to no height moved every row below it and changed the
    // window's minimum size twice per selection (a relayout and repaint of the whole window).
    field->setMinimumHeight(field->fontMetrics().lineSpacing());
    caption->setBuddy(field);
    const int column = 3 * half;
    m_grid->addWidget(caption, row, column, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(field, row, column + 1, 1, wide ? 4 - column : 1, Qt::AlignTop);
    // Screen readers read the field under its label's name ("Secret", "State", ...).
    field->setAccessibleName(QString(label).remove(u':').remove(u'\uff1a').trimmed());
    return field;
}

void DetailsPanel::setClient(CsmsClient *client)
{
    abortTags();
    m_client = client;
    m_rotationSection->setClient(client);
    clear();
}

QString DetailsPanel::formatTime(qint64 msSinceEpoch)
{
    return dateTimeText(msSinceEpoch); // with seconds, as the table and the board
}

QString DetailsPanel::instanceAssociation(const Secret &secret)
{
    return SecretAssociation::of(secret).describe();
}

void DetailsPanel::showSelectionCount(int count)
{
    if (count <= 1) {
        clear();
        return;
    }
    clear();
    m_name->setText(tr("%n secret(s) selected", nullptr, count));
    m_state->setText(tr("Select one secret to see its details."));
}

void DetailsPanel::clear()
{
    abortTags();
    m_secret = Secret();
    const auto labels = findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    for (QLabel *label : labels) {
        if (!label->objectName().isEmpty())
            label->clear();
    }
    m_name->setText(tr("No secret selected"));
    m_rotationSection->clear();
}

void DetailsPanel::setSecret(const Secret &secret)
{
    if (secret.name.isEmpty()) {
        clear();
        return;
    }
    if (m_secretReply) {
        ApiReply *old = m_secretReply;
        m_secretReply = nullptr;
        old->abort();
    }
    // Tags being read for this very secret (started beside it) are kept; another's are dropped.
    if (m_tagsId != secret.id)
        abortTags();
    m_secret = secret;
    m_name->setText(secret.name);
    m_state->setText(secret.state);
    m_type->setText(SecretAssociation::secretTypeLabel(secret.secretType));
    m_description->setText(secret.description);
    m_kmsKey->setText(secret.kmsKeyId.isEmpty() ? tr("service default") : secret.kmsKeyId);
    m_created->setText(formatTime(secret.createTime));
    m_updated->setText(formatTime(secret.updateTime));
    // Only a secret pending deletion has a deletion date: Huawei's own examples carry
    // scheduled_delete_time on ENABLED secrets too, where it means nothing.
    m_deletion->setText(
            secret.isPendingDelete() && secret.scheduledDeleteTime
                    ? tr("scheduled for %1").arg(formatTime(*secret.scheduledDeleteTime))
            : secret.isPendingDelete() ? tr("scheduled")
                                       : tr("not scheduled"));
    m_rotation->setText(secret.autoRotation
                                ? tr("every %1, next %2")
                                          .arg(secret.rotationPeriod,
                                               formatTime(secret.nextRotationTime.value_or(0)))
                                : tr("off"));
    m_instance->setText(instanceAssociation(secret));
    m_rotationSection->setSecret(secret);
    if (!m_client || secret.id.isEmpty()) {
        m_tags->clear();
        return;
    }
    if (secret.id == m_tagsId && m_tagsText) {
        m_tags->setText(*m_tagsText); // read beside the secret, already here
        return;
    }
    m_tags->setText(tr("loading…"));
    if (secret.id != m_tagsId || !m_tagsReply)
        loadTags(secret.id);
}

QString DetailsPanel::tagsText(const SecretTags &tags)
{
    QStringList parts;
    for (const Tag &tag : tags.tags)
        parts << (tag.value.isEmpty() ? tag.key : tag.key + QLatin1Char('=') + tag.value);
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

void DetailsPanel::loadTags(const QString &secretId)
{
    if (m_tagsReply) {
        ApiReply *old = m_tagsReply;
        m_tagsReply = nullptr;
        old->abort();
    }
    // Re-reading the tags shown (from the session cache): they stay until the answer.
    if (m_tagsId != secretId)
        m_tagsText.reset();
    m_tagsId = secretId;
    auto *reply = m_client->listTags(secretId);
    m_tagsReply = reply;
    const quint64 generation = m_client->sessionCache()->generation();
    reply->then(this, [this, reply, secretId, generation](const ApiResult<SecretTags> &result) {
        if (m_tagsReply != reply)
            return;
        m_tagsReply = nullptr;
        if (!result.ok()) {
            if (result.error().kind == ApiError::Kind::Cancelled)
                return;
            m_tagsText = tr("unavailable: %1").arg(result.error().message);
        } else {
            if (m_client)
                m_client->sessionCache()->putTags(secretId, *result, generation);
            m_tagsText = tagsText(*result);
        }
        if (m_secret.id == secretId)
            m_tags->setText(*m_tagsText);
    });
}

void DetailsPanel::showSecret(const QString &name, const QString &knownId)
{
    if (m_secretReply) {
        ApiReply *old = m_secretReply;
        m_secretReply = nullptr;
        old->abort();
    }
    if (name.isEmpty() || !m_client) {
        clear();
        return;
    }
    clear();
    m_name->setText(name);
    m_state->setText(tr("loading…"));
    // What this session last read of it, shown at once; the reads below replace it.
    SessionCache *cache = m_client->sessionCache();
    if (const auto cached = cache->secret(name)) {
        if (const auto tags = cache->tags(cached->id)) {
            m_tagsId = cached->id;
            m_tagsText = tagsText(*tags);
        }
        setSecret(*cached);
    }
    const QString id = !knownId.isEmpty() ? knownId : m_secret.id;
    if (!id.isEmpty() && !(m_tagsReply && m_tagsId == id))
        loadTags(id); // beside the secret: both answers come in one round trip
    auto *reply = m_client->showSecret(name);
    m_secretReply = reply;
    const quint64 generation = cache->generation();
    reply->then(this, [this, reply, generation](const ApiResult<Secret> &result) {
        if (m_secretReply != reply)
            return;
        m_secretReply = nullptr;
        if (!result.ok()) {
            if (result.error().kind != ApiError::Kind::Cancelled)
                m_state->setText(tr("unavailable: %1").arg(result.error().message));
            return;
        }
        if (m_client)
            m_client->sessionCache()->putSecret(*result, generation);
        setSecret(result.value());
    });
}

QString DetailsPanel::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName, Qt::FindDirectChildrenOnly);
    return label ? label->text() : QString();
}

void DetailsPanel::abortTags()
{
    if (m_secretReply) {
        ApiReply *old = m_secretReply;
        m_secretReply = nullptr;
        old->abort();
    }
    if (m_tagsReply) {
        ApiReply *reply = m_tagsReply;
        m_tagsReply = nullptr;
        reply->abort();
    }
    m_tagsId.clear();
    m_tagsText.reset();
}

} // namespace keystage::ui
