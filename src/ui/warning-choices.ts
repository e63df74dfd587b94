import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createChildLock, isAcceptableCode, verifyChildLock } from '../warnings/child-lock.ts';
import { DEFAULT_PREFERENCES, stricterMode, type WarningMode, type WarningPreferences } from '../warnings/warning-policy.ts';
import { createWarningStore, safeLocalStorage, type StorageLike, type StoredWarnings, type StoreHealth, type WarningStore } from '../warnings/warning-store.ts';
import type { WarningSettingsNotice } from './dv-warning-settings.ts';
import type { WarningSettingsChange } from './warning-requests.ts';

/**
 * The viewer's warning choices as the player element holds them: read from storage once, changed by
 * the advisory, the dialog ("don't warn me again") and the settings panel, written back each time.
 * Child mode raises the floor to `skip`; leaving it takes the parent's code.
 */
export class WarningChoices implements ReactiveController {
  private readonly store: WarningStore;
  private value: StoredWarnings;
  /** The latest storage health: what the settings panel tells the viewer. */
  health: StoreHealth;
  notice: WarningSettingsNotice;
  settingsOpen = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Told whenever preferences or the floor change, to pass them to the gate. */
    private readonly changed: () => void,
    storage: StorageLike | undefined = safeLocalStorage(),
  ) {
    host.addController(this);
    this.store = createWarningStore(storage);
    const loaded = this.store.load();
    this.value = loaded.value;
    this.health = loaded.health;
  }

  /** Nothing to do on connection: the choices are read once, in the constructor. */
  hostConnected(): void {}

  get preferences(): WarningPreferences {
    return this.value.preferences;
  }

  get childMode(): boolean {
    return this.value.child !== undefined;
  }

  get advisorySeen(): boolean {
    return this.value.advisorySeen;
  }

  /** The least protection in force: the page's, raised to `skip` in child mode. */
  floorWith(pageFloor: WarningMode): WarningMode {
    return stricterMode(pageFloor, this.childMode ? 'skip' : 'off');
  }

  /** "Don't warn me again about this kind": the gate already applies it; keep it. */
  remember(preferences: WarningPreferences): void {
    this.save({ ...this.value, preferences }, 'saved');
  }

  async apply(change: WarningSettingsChange): Promise<void> {
    switch (change.kind) {
      case 'mode':
        if (change.fromAdvisory) this.settingsOpen = false;
        this.save({ ...this.value, preferences: { ...this.value.preferences, mode: change.mode }, advisorySeen: true }, 'saved');
        break;
      case 'category': {
        const categories = Object.fromEntries(
          Object.entries({ ...this.value.preferences.categories, [change.category]: change.mode }).filter(([, mode]) => mode !== undefined),
        );
        this.save({ ...this.value, preferences: { ...this.value.preferences, categories } }, 'saved');
        break;
      }
      case 'reset':
        // Child mode stays: leaving it takes the code, a reset must not be a way around it.
        this.value = { preferences: DEFAULT_PREFERENCES, child: this.value.child, advisorySeen: false };
        this.health = this.value.child ? this.store.save(this.value) : this.store.reset();
        this.notify('resetDone');
        break;
      case 'child':
        await this.switchChildMode(change.on, change.code);
        break;
      case 'show-settings':
        this.settingsOpen = change.open;
        this.notice = undefined;
        this.host.requestUpdate();
        break;
    }
  }

  private async switchChildMode(on: boolean, code: string): Promise<void> {
    if (!isAcceptableCode(code)) return this.notify('childCodeTooShort');
    if (on) {
      try {
        this.save({ ...this.value, child: await createChildLock(code) }, 'saved');
      } catch {
        this.notify('childNoCrypto');
      }
      return;
    }
    if (!this.value.child || !(await verifyChildLock(code, this.value.child))) return this.notify('childWrongCode');
    this.save({ ...this.value, child: undefined }, 'saved');
  }

  private save(value: StoredWarnings, notice: WarningSettingsNotice): void {
    this.value = value;
    this.health = this.store.save(value);
    this.notify(notice);
  }

  private notify(notice: WarningSettingsNotice): void {
    this.notice = notice;
    this.changed();
    this.host.requestUpdate();
  }
}
