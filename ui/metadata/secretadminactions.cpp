// SPDX-License-Identifier: Apache-2.0
#include "ui/metadata/secretadminactions.h"

#include "ui/metadata/metadatadialog.h"
#include "ui/tags/bulktagdialog.h"
#include "ui/tags/tagsdialog.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

namespace keystage::ui {

SecretAdminActions::SecretAdminActions(QWidget *window, QUndoStack *history)
    : QObject(window)
    , m_window(window)
    , m_history(history)
    , m_metadata(new QAction(tr("Edit &description and KMS key…"), this))
    , m_tags(new QAction(tr("&Tags…"), this))
    , m_bulkTag(new QAction(tr("Tag selected &secrets…"), this))
{
    m_metadata->setObjectName(QStringLiteral("editMetadataAction"));
    m_metadata->setStatusTip(tr("Change the selected secret's description or KMS key"));
    m_tags->setObjectName(QStringLiteral("editTagsAction"));
    m_tags->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tags->setStatusTip(tr("Add, change or remove the selected secret's tags"));
    m_bulkTag->setObjectName(QStringLiteral("bulkTagAction"));
    m_bulkTag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_bulkTag->setStatusTip(tr("Add a tag to, or remove it from, every selected secret"));
    connect(m_metadata, &QAction::triggered, this, &SecretAdminActions::editMetadata);
    connect(m_tags, &QAction::triggered, this, &SecretAdminActions::editTags);
    connect(m_bulkTag, &QAction::triggered, this, &SecretAdminActions::tagSelected);
    setSelection({});
}

SecretAdminActions::~SecretAdminActions() = default;

void SecretAdminActions::setClient(CsmsClient *client)
{
    m_client = client;
    setSelection({});
}

void SecretAdminActions::setSelection(const QList<TagTarget> &selected)
{
    m_selected = m_client ? selected : QList<TagTarget>();
    const bool one = m_selected.size() == 1;
    m_metadata->setEnabled(one);
    m_tags->setEnabled(one && !m_selected.first().id.isEmpty());
    m_bulkTag->setEnabled(!m_selected.isEmpty());
}

void SecretAdminActions::open(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void SecretAdminActions::editMetadata()
{
    if (!m_client || m_selected.size() != 1)
        return;
    auto *dialog = new MetadataDialog(m_client, m_history, m_selected.first().name, m_window);
    connect(dialog, &MetadataDialog::metadataChanged, this, &SecretAdminActions::secretChanged);
    open(dialog);
}

void SecretAdminActions::editTags()
{
    if (!m_client || m_selected.size() != 1 || m_selected.first().id.isEmpty())
        return;
    const TagTarget t = m_selected.first();
    auto *dialog = new TagsDialog(m_client, m_history, t.name, t.id, m_window);
    connect(dialog, &TagsDialog::tagsChanged, this, &SecretAdminActions::secretChanged);
    open(dialog);
}

void SecretAdminActions::tagSelected()
{
    if (!m_client || m_selected.isEmpty())
        return;
    auto *dialog = new BulkTagDialog(m_client, m_selected, m_window);
    dialog->setUndoHistory(m_history);
    connect(dialog->tagger(), &BulkTagger::tagsChanged, this, [this](const QStringList &names) {
        for (const QString &name : names)
            Q_EMIT secretChanged(name);
    });
    open(dialog);
}

} // namespace keystage::ui
