export declare const axeTags: string[];
export declare const pageRules: Record<string, { enabled: boolean }>;
