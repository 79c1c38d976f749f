import * as vscode from 'vscode';
import { slugify } from '../../core/decks/slug';
import { storyCardIds, storyKinds, storyTemplate, type StoryKind } from '../../core/rounds/stories';
import { uriExists } from '../files';
import { storyFolder } from '../flashcards/deckLibrary';
import type { Study } from '../state/study';
import type { Services } from '../services';

function isStoryKind(value: unknown): value is StoryKind {
  return value === 'project' || value === 'star';
}

/**
 * "New Story…": writes `stories/<name>.md` (a project deep dive or a STAR story) into a
 * workspace folder and opens it. Never overwrites: a taken name gets `-2`, `-3`…, and so do
 * card ids already used by another deck. Its sections become rehearsal cards once saved.
 * `kind` and `name` skip the questions (tests, keybindings).
 */
export async function newStory(services: Services, study: Study, kindArgument?: unknown, nameArgument?: unknown): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('Open a folder first: stories are saved in its stories/ folder, where Loop Prep finds them for review.', 'Open Folder…').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.files.openFolder');
    });
    return undefined;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Stories are read from the workspace, which Restricted Mode does not allow. Trust this folder to write and rehearse stories.', 'Manage Workspace Trust').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
    });
    return undefined;
  }
  let kind = isStoryKind(kindArgument) ? kindArgument : undefined;
  if (!kind) {
    const pick = await vscode.window.showQuickPick(
      (Object.keys(storyKinds) as StoryKind[]).map((key) => ({ label: storyKinds[key].label, detail: storyKinds[key].detail, storyKind: key })),
      { title: 'New Story (1/2)', placeHolder: 'What kind of story?' },
    );
    if (!pick) return undefined;
    kind = pick.storyKind;
  }
  let name = typeof nameArgument === 'string' ? nameArgument.trim() : undefined;
  if (!name) {
    name = (await vscode.window.showInputBox({
      title: 'New Story (2/2)',
      prompt: kind === 'project' ? 'The project, in a few words, e.g. "Feed ranking retrain"' : 'The story, in a few words, e.g. "Disagreed on launch metric"',
      validateInput: (text) => (text.trim() === '' ? 'Give the story a name.' : undefined),
    }))?.trim();
    if (!name) return undefined;
  }
  // A name in a script slugify drops (Chinese, say) still gets a file: story.md, story-2.md….
  const base = slugify(name, 48) || 'story';
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder should the story go into?' });
  if (!folder) return undefined;

  await study.ready();
  const usedCardIds = new Set(study.library.cards().map((card) => card.id));
  const usedDeckIds = new Set(study.library.all().flatMap((deck) => (deck.parsed.deck ? [deck.parsed.deck.id] : [])));
  const directory = vscode.Uri.joinPath(folder.uri, storyFolder);
  let target: { uri: vscode.Uri; slug: string } | undefined;
  for (let attempt = 1; attempt < 1000 && !target; attempt++) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    const uri = vscode.Uri.joinPath(directory, `${slug}.md`);
    const taken = usedDeckIds.has(slug) || storyCardIds(kind, slug).some((id) => usedCardIds.has(id)) || (await uriExists(uri));
    if (!taken) target = { uri, slug };
  }
  if (!target) throw new Error(`Could not find a free file name for ${base}.md in ${directory.fsPath}.`);
  await vscode.workspace.fs.createDirectory(directory);
  // Created, never overwritten: a file that appeared since the check (a sync, another
  // window) makes the edit fail instead of being replaced.
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target.uri, { overwrite: false, contents: new TextEncoder().encode(storyTemplate(kind, name, target.slug)) });
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`${vscode.workspace.asRelativePath(target.uri)} appeared while the story was being made; nothing was overwritten. Try again.`);
  // applyEdit leaves the new file open and unsaved in some hosts: save it so the deck loads.
  await vscode.workspace.openTextDocument(target.uri).then((document) => document.isDirty ? document.save() : true);
  services.log.info(`New ${kind} story: ${target.uri.toString()}.`);
  await study.library.reload();
  await vscode.window.showTextDocument(target.uri, { preview: false });
  void vscode.window.showInformationMessage(
    `Created ${vscode.workspace.asRelativePath(target.uri)}: write your notes under each “?”. Its ${storyKinds[kind].sections.length} sections are rehearsal cards in the review queue.`,
  );
  return target.uri;
}
