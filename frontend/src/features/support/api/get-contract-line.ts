import { useResource } from '@/lib/api/hooks';
import { getContract } from './get-contract';
import { listContracts } from './list-contracts';
import type { ContractLine, SupportContract } from './types';

export interface ContractWithLine {
  contract: SupportContract;
  line: ContractLine;
}

/**
 * The contract line a new ticket is about. With the contract's id it is one call; a link that names only the line
 * is looked up among the company's contracts covering today. Null when neither has it.
 */
export async function findContractLine(companyId: string, lineId: string, contractId: string | null): Promise<ContractWithLine | null> {
  const withLine = (contract: SupportContract) => {
    const line = contract.lines.find((l) => l.id === lineId);
    return line ? { contract, line } : null;
  };
  if (contractId) return withLine(await getContract(contractId));
  let cursor: string | undefined;
  do {
    const page = await listContracts(companyId, false, cursor, 100);
    for (const contract of page.items) {
      const found = withLine(contract);
      if (found) return found;
    }
    cursor = page.next ?? undefined;
  } while (cursor);
  return null;
}

export function useContractLine(companyId: string | null, lineId: string | null, contractId: string | null) {
  return useResource(companyId && lineId ? `contract-line:${companyId}:${lineId}:${contractId ?? ''}` : null, () =>
    findContractLine(companyId!, lineId!, contractId),
  );
}
