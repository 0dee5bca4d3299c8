import { speculationRulesText } from '@tractor/contracts';

/**
 * The shop's speculation rules (see `@tractor/contracts`): links to other pages are fetched and
 * rendered ahead of the click. The text is the exported constant, byte for byte, so a Content
 * Security Policy can allow it by hash.
 */
export function SpeculationRules({ nonce }: { nonce?: string }) {
  return <script type="speculationrules" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: speculationRulesText }} />;
}
