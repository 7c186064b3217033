// SPDX-License-Identifier: Apache-2.0
#include "ui/secrets/secretfilterbar.h"

#include "core/api/csmsclient.h"
#include "core/api/sessioncache.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace keystage::ui {

SecretFilterBar::SecretFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_tags(new QComboBox(this))
    , m_state(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tags->setObjectName(QStringLiteral("tagFilter"));
    m_tags->setEditable(true);
    m_tags->setInsertPolicy(QComboBox::NoInsert);
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Narrow at least: the bar must not widen the left column (the details would wrap more).
    m_tags->setMinimumContentsLength(6);
    m_tags->lineEdit()->setPlaceholderText(tr("Tag: key=value"));
    m_tags->lineEdit()->setClearButtonEnabled(true);
    m_tags->setAccessibleName(tr("Filter by tag"));
    m_tags->setToolTip(tr("Secrets with this tag, searched on the server: key=value, or a key "
                          "alone for any value. Enter applies it."));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setMinimumContentsLength(8);
    m_state->setAccessibleName(tr("Filter by state"));
    m_state->addItem(tr("All states"), QString());
    m_state->addItem(tr("Enabled"), QStringLiteral("ENABLED"));
    m_state->addItem(tr("Disabled"), QStringLiteral("DISABLED"));
    m_state->addItem(tr("Pending deletion"), QStringLiteral("PENDING_DELETE"));
    m_state->addItem(tr("Frozen"), QStringLiteral("FROZEN"));
    m_state->setToolTip(tr("The server cannot search by state: the state is filtered among the "
                           "secrets loaded or found by the name and tag search."));
    layout->addWidget(m_tags, 1);
    layout->addWidget(m_state);
    connect(m_tags->lineEdit(), &QLineEdit::returnPressed, this, &SecretFilterBar::applyTag);
    connect(m_tags, &QComboBox::activated, this, &SecretFilterBar::applyTag);
    // The clear button (or deleting the text) drops the tag filter at once.
    connect(m_tags->lineEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyTag();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &SecretFilterBar::filterChanged);
}

void SecretFilterBar::setClient(CsmsClient *client)
{
    if (m_tagsReply)
        m_tagsReply->abort();
    {
        // The typed tag stays (and stays applied): only the offered ones change.
        const QString text = m_tags->currentText();
        const QSignalBlocker block(m_tags);
        const QSignalBlocker blockEdit(m_tags->lineEdit());
        m_tags->clear();
        m_tags->setEditText(text);
    }
    if (!client)
        return;
    // The project's tags as this session last read them, offered at once; the read replaces them.
    if (const auto cached = client->sessionCache()->projectTags())
        offerTags(*cached);
    auto *reply = client->listProjectTags();
    m_tagsReply = reply;
    const quint64 generation = client->sessionCache()->generation();
    QPointer<CsmsClient> from = client;
    reply->then(this, [this, from, generation](const ApiResult<QList<TagValues>> &result) {
        if (!result.ok())
            return; // the box still takes a typed tag
        if (from)
            from->sessionCache()->putProjectTags(*result, generation);
        offerTags(*result);
    });
}

void SecretFilterBar::offerTags(const QList<TagValues> &tags)
{
    const QString typed = m_tags->currentText();
    QStringList offered;
    for (const TagValues &tag : tags) {
        offered << tag.key + QLatin1Char('=');
        for (const QString &value : tag.values)
            offered << tag.key + QLatin1Char('=') + value;
    }
    offered.sort(Qt::CaseInsensitive);
    const QSignalBlocker block(m_tags);
    const QSignalBlocker blockEdit(m_tags->lineEdit());
    m_tags->clear();
    m_tags->addItems(offered);
    m_tags->setEditText(typed);
}

QList<Tag> SecretFilterBar::tags() const
{
    const QString text = m_appliedTag.trimmed();
    if (text.isEmpty())
        return {};
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {Tag{text, QString()}};
    const QString key = text.left(eq).trimmed();
    if (key.isEmpty())
        return {};
    return {Tag{key, text.mid(eq + 1).trimmed()}};
}

QString SecretFilterBar::state() const
{
    return m_state->currentData().toString();
}

void SecretFilterBar::setState(const QString &state)
{
    m_state->setCurrentIndex(qMax(0, m_state->findData(state)));
}

void SecretFilterBar::setTagText(const QString &text)
{
    m_tags->setEditText(text);
    applyTag();
}

void SecretFilterBar::applyTag()
{
    const QString text = m_tags->currentText().trimmed();
    if (text == m_appliedTag)
        return;
    m_appliedTag = text;
    Q_EMIT filterChanged();
}

void SecretFilterBar::clear()
{
    const QSignalBlocker block(m_state);
    const bool changed = m_state->currentIndex() != 0 || !m_appliedTag.isEmpty();
    m_state->setCurrentIndex(0);
    {
        const QSignalBlocker blockTags(m_tags);
        const QSignalBlocker blockEdit(m_tags->lineEdit());
        m_tags->setEditText(QString());
    }
    m_appliedTag.clear();
    if (changed)
        Q_EMIT filterChanged();
}

} // namespace keystage::ui
